"""Step 2: validate the description against the OpenAPI 3.0 schema.

A description that is not valid OpenAPI stops the run before anything is generated, with the
location of the first problem, so a broken download never reaches the committed SDK.
"""

from __future__ import annotations

from typing import Any

from .errors import PipelineError

STEP = "validate"


def validate(document: dict[str, Any]) -> None:
    """Raise PipelineError naming the first violation; return quietly when the document is valid."""
    version = str(document.get("openapi", ""))
    if not version.startswith("3.0."):
        found = version or "no 'openapi' field"
        raise PipelineError(STEP, f"expected an OpenAPI 3.0.x description, found {found}")

    from openapi_spec_validator import OpenAPIV30SpecValidator

    error = next(OpenAPIV30SpecValidator(dict(document.items())).iter_errors(), None)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "(document root)"
        raise PipelineError(STEP, f"invalid OpenAPI at {where}: {error.message}")
