"""The API diff engine: what changed between two OpenAPI descriptions, classified and named
the SDK's way (``diff.diff_specs`` → ``report.Report``; ``rules.RULES`` decides what breaks).

It ships with the SDK so that ``python -m ibl_client upgrade-check`` works where only the
wheel is installed; the maintainers' side (CLI, CHANGELOG, versioning) is scripts/apidiff/,
whose docstring has the whole table of kinds. Nothing here is imported by ``import
ibl_client``; it needs only the standard library.
"""
