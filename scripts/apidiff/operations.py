"""Finding operations in a document and matching them across two documents.

Operations are matched by HTTP method and path *shape*: path parameter names are blanked
(``/api/{org}/x/`` and ``/api/{platform_key}/x/`` match), because a renamed path parameter is
better reported as that — a parameter removed and another added — than as a whole operation
removed and re-added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from scripts.apidiff.refs import Document
from scripts.apidiff.schemas import Finding

__all__ = ["Operation", "compare_identity", "index_operations"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_PARAMETER = re.compile(r"\{[^}/]*\}")


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation with the path item it sits in (path-level parameters live there)."""

    method: str
    path: str
    spec: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def label(self) -> str:
        """``"POST /api/x/"`` — how reports name the operation."""
        return f"{self.method.upper()} {self.path}"

    @property
    def tag(self) -> str:
        """The first tag: the SDK module the operation's function is generated into."""
        tags = self.spec.get("tags") or ["untagged"]
        return str(tags[0])

    @property
    def sort_key(self) -> tuple[str, int]:
        """Path order, then the conventional method order."""
        return (self.path, HTTP_METHODS.index(self.method))


def match_key(method: str, path: str) -> tuple[str, str]:
    """Method plus the path with parameter names blanked."""
    return (method, _PATH_PARAMETER.sub("{}", path))


def index_operations(doc: Document) -> dict[tuple[str, str], Operation]:
    """Every operation of a document by its match key."""
    found: dict[tuple[str, str], Operation] = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            spec = item.get(method)
            if isinstance(spec, dict):
                found[match_key(method, path)] = Operation(method, path, spec, item)
    return found


def compare_identity(old: Operation, new: Operation) -> list[Finding]:
    """Changes to the function's import path (operationId, first tag) and new deprecations."""
    found: list[Finding] = []
    old_id, new_id = old.spec.get("operationId"), new.spec.get("operationId")
    if old_id != new_id:
        found.append(Finding("operation-id-changed", (), old_id, new_id))
    if old.tag != new.tag:
        found.append(Finding("operation-tag-changed", (), old.tag, new.tag))
    if new.spec.get("deprecated") and not old.spec.get("deprecated"):
        found.append(Finding("operation-deprecated", (), False, True))
    return found
