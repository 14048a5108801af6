"""Step "trim": the description restricted to the selected operations and what they reach.

A component is kept when a kept operation reaches it through `$ref`, directly or through other
components (parameters, request bodies, responses, schema properties, items, compositions,
discriminator mappings): the generator writes one module per component schema, so everything
kept here becomes a file of the copy and nothing else does. `info`, `servers` and the other
top-level fields stay as they are; `tags` and `securitySchemes` keep only the ones in use, so
the copy's client has exactly one attribute per tag it can call.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import PipelineError
from ..normalise import HTTP_METHODS

STEP = "trim"
COMPONENTS = "#/components/"


def trim(document: dict[str, Any], operation_ids: Iterable[str]) -> dict[str, Any]:
    """A new description with only `operation_ids` and the components they reach.

    The result shares nodes with `document` (nothing is copied deeply): it is only read.
    """
    wanted = set(operation_ids)
    paths = _kept_paths(document, wanted)
    kept_operations = [
        item[method] for item in paths.values() for method in HTTP_METHODS if method in item
    ]
    trimmed = {
        key: value for key, value in document.items() if key not in ("paths", "components", "tags")
    }
    trimmed["paths"] = paths
    components = _kept_components(document, list(paths.values()))
    schemes = _kept_security_schemes(document, kept_operations)
    if schemes:
        components["securitySchemes"] = schemes
    trimmed["components"] = components
    used_tags = {tag for operation in kept_operations for tag in operation.get("tags") or []}
    if "tags" in document:
        trimmed["tags"] = [tag for tag in document["tags"] if tag.get("name") in used_tags]
    return trimmed


def _kept_paths(document: dict[str, Any], wanted: set[str]) -> dict[str, Any]:
    """Path items holding a wanted operation, with only those methods (and shared parameters)."""
    paths: dict[str, Any] = {}
    for path, item in (document.get("paths") or {}).items():
        methods = [
            method
            for method in HTTP_METHODS
            if isinstance(item.get(method), dict) and item[method].get("operationId") in wanted
        ]
        if methods:
            paths[path] = {
                key: value
                for key, value in item.items()
                if key not in HTTP_METHODS or key in methods
            }
    return paths


def _kept_components(document: dict[str, Any], roots: list[Any]) -> dict[str, Any]:
    """Every component reachable from `roots`, per section, in the description's own order."""
    components = document.get("components") or {}
    reached: set[tuple[str, str]] = set()
    pending = [ref for root in roots for ref in references(root)]
    while pending:
        ref = pending.pop()
        section, name = _split_ref(ref)
        if (section, name) in reached:
            continue
        target = (components.get(section) or {}).get(name)
        if target is None:
            raise PipelineError(STEP, f"$ref {ref} points to no component")
        reached.add((section, name))
        pending.extend(references(target))
    kept: dict[str, Any] = {}
    for section, entries in components.items():
        names = [name for name in entries if (section, name) in reached]
        if names:
            kept[section] = {name: entries[name] for name in names}
    return kept


def _kept_security_schemes(
    document: dict[str, Any], kept_operations: list[dict[str, Any]]
) -> dict[str, Any]:
    """The security schemes a kept operation (or the document default) requires."""
    default = document.get("security") or []
    requirements = [
        requirement
        for operation in kept_operations
        for requirement in operation.get("security", default)
    ]
    names = {name for requirement in requirements for name in requirement}
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    return {name: scheme for name, scheme in schemes.items() if name in names}


def references(node: Any) -> Iterator[str]:
    """Every `#/components/...` reference inside `node`, including discriminator mappings."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            mapping = discriminator["mapping"].values()
            yield from (value for value in mapping if str(value).startswith("#/"))
        for key, value in node.items():
            if key != "$ref":
                yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def _split_ref(ref: str) -> tuple[str, str]:
    """'#/components/schemas/A~1B' -> ('schemas', 'A/B'); a ref outside components is an error."""
    if not ref.startswith(COMPONENTS) or ref.count("/") != 3:
        raise PipelineError(STEP, f"cannot follow $ref {ref}: only {COMPONENTS}<section>/<name>")
    section, name = ref[len(COMPONENTS) :].split("/")
    return section, name.replace("~1", "/").replace("~0", "~")
