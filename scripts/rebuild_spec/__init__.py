"""Rebuild the ibl-data-manager OpenAPI 3.0.3 document from the official ``iblai`` wheel.

The live schema is unreachable, so the most complete public description of the API is the
OpenAPI Generator client published on PyPI. This package reverses that generation:

1. ``sandbox``    obtains the pinned wheel and installs it into a throw-away venv under
                  ``.cache/`` (the wheel never becomes a dependency of the SDK);
2. ``introspect`` runs *inside* that venv and prints the facts it can recover as JSON,
                  helped by ``type_schema`` (Python annotations -> schema objects),
                  ``source_facts`` (AST of the generated code), ``components`` (models) and
                  ``operations`` (API classes);
3. ``document``   assembles those facts into an OpenAPI document;
4. ``emit``       writes it as deterministic YAML.

Run it as ``python -m scripts.rebuild_spec --version 3.66.0 --out openapi.yaml``.

The modules used by step 2 import only the standard library and pydantic, because they run
under the scratch venv's interpreter; keep this ``__init__`` free of imports for that reason.
"""
