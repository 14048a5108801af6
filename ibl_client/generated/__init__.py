"""Generated from openapi.yaml by scripts/generate.py (openapi-python-client + templates/).

Do not edit: `make generate` rewrites this package. Fix the description, overlay.yaml,
scripts/normalise.py, generator-config.yaml or templates/ instead.
"""

#: The version of the API description this package was generated from (its `info.version`).
API_VERSION = "4.202.2-ai-plus"
