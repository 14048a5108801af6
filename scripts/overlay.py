"""Step 3: apply the reviewed corrections in overlay.yaml (OpenAPI Overlay 1.0).

The rebuilt description cannot carry facts the official wheel lost (defaults, nullability);
the reference documentation states them. Each correction is an Overlay action: a JSONPath
`target`, and `update` (merged into every node it selects) or `remove: true`. An action whose
target selects nothing is an error, so a correction never silently stops applying after a
version bump.

Supported JSONPath: `$`, `.name`, `['name']` / `["name"]`, `[index]`, `[*]`, and filters of
the form `[?(@.key == 'value')]` (also `[?@.key=='value']`), which is what overlay.yaml needs.
"""

from __future__ import annotations

import re
from typing import Any

from .errors import PipelineError

STEP = "overlay"

_TOKEN = re.compile(
    r"""
    \.(?P<name>[A-Za-z_][\w-]*)                                   # .name
  | \[\s*(?P<quote>['"])(?P<key>.*?)(?P=quote)\s*\]               # ['key']
  | \[\s*(?P<index>-?\d+)\s*\]                                     # [0]
  | \[\s*(?P<star>\*)\s*\]                                         # [*]
  | \[\s*\?\(?\s*@\.(?P<fkey>[\w-]+)\s*==\s*(?P<fq>['"])(?P<fval>.*?)(?P=fq)\s*\)?\s*\]
    """,
    re.VERBOSE,
)


def parse_path(target: str) -> list[tuple[str, Any]]:
    """Split a JSONPath into (kind, argument) steps; unsupported syntax is an error."""
    if not target.startswith("$"):
        raise PipelineError(STEP, f"target {target!r} must start with '$'")
    steps: list[tuple[str, Any]] = []
    position = 1
    while position < len(target):
        match = _TOKEN.match(target, position)
        if match is None:
            raise PipelineError(
                STEP, f"unsupported JSONPath at {target[position:]!r} in {target!r}"
            )
        if match["name"] is not None:
            steps.append(("key", match["name"]))
        elif match["quote"] is not None:
            steps.append(("key", match["key"]))
        elif match["index"] is not None:
            steps.append(("index", int(match["index"])))
        elif match["star"] is not None:
            steps.append(("all", None))
        else:
            steps.append(("filter", (match["fkey"], match["fval"])))
        position = match.end()
    return steps


def _locate(document: Any, target: str) -> list[tuple[Any, Any]]:
    """(parent, key) pairs such that parent[key] is a node `target` selects, in document order."""
    locations: list[tuple[Any, Any]] = [({"$": document}, "$")]
    for kind, argument in parse_path(target):
        found: list[tuple[Any, Any]] = []
        for parent, key in locations:
            node = parent[key]
            if not isinstance(node, (dict, list)):
                continue  # a scalar has no children to select
            keys = list(node) if isinstance(node, dict) else range(len(node))
            if kind == "key" and isinstance(node, dict) and argument in node:
                found.append((node, argument))
            elif kind == "index" and isinstance(node, list) and -len(node) <= argument < len(node):
                found.append((node, argument % len(node)))
            elif kind == "all":
                found.extend((node, k) for k in keys)
            elif kind == "filter":
                field, value = argument
                found.extend(
                    (node, k)
                    for k in keys
                    if isinstance(node[k], dict) and str(node[k].get(field)) == value
                )
        locations = found
    return locations


def select(document: Any, target: str) -> list[Any]:
    """The nodes that `target` selects, in document order."""
    return [parent[key] for parent, key in _locate(document, target)]


def _merge(node: dict[str, Any], update: dict[str, Any]) -> None:
    """Overlay merge: mappings merge recursively, anything else replaces."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(node.get(key), dict):
            _merge(node[key], value)
        else:
            node[key] = value


def apply(document: dict[str, Any], overlay: dict[str, Any]) -> list[str]:
    """Apply every action of `overlay` in order; return one line per action for the report."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise PipelineError(STEP, "the overlay must declare 'overlay: 1.0.0'")
    applied: list[str] = []
    for number, action in enumerate(overlay.get("actions") or [], start=1):
        target = action.get("target")
        if not isinstance(target, str):
            raise PipelineError(STEP, f"action {number} has no 'target'")
        locations = _locate(document, target)
        if action.get("remove"):
            # Delete from the end so list indices stay valid while we go.
            for parent, key in reversed(locations):
                del parent[key]
        else:
            update = action.get("update")
            for parent, key in locations:
                if not isinstance(parent[key], dict) or not isinstance(update, dict):
                    raise PipelineError(
                        STEP,
                        f"action {number} ({target}): update must merge a mapping into a mapping",
                    )
                _merge(parent[key], update)
        count = len(locations)
        if count == 0:
            raise PipelineError(STEP, f"action {number} selects nothing: {target}")
        applied.append(f"{action.get('description', target)} ({count} node(s))")
    return applied
