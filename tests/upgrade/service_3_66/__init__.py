"""A small service written against the SDK generated from API 3.66.0: test data for the
upgrade check, parsed and never run. A ``# uses: <kind> <operation or model>`` comment stands
above each line that uses the SDK: the scanner's expected answer, written by hand."""
