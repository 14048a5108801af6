"""A service written against the SDK generated from API 4.202.2 (this repository's), checked
against 3.66.0: what a downgrade, or a server still on 3.66.0, breaks. Parsed, never run;
``# uses:`` comments as in service_3_66."""
