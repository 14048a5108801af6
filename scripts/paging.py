"""Which operations page, and in which style: the table of envelopes applied to the description.

The styles are data (ibl_client/_envelopes.py, loaded here by its path: the generated tree
need not be importable to regenerate it). An operation pages in the first style that fits:

- it is a GET with exactly one 2xx JSON schema;
- that schema declares the style's items as an array (or is an array, for ``bare_list``) and
  every one of its markers (a path through a free-form object counts: its keys are unknown);
- it can ask for a page: a ``page`` query parameter (``limit`` and ``offset`` for an offset
  style), or, for a style with a ``next`` link, no paging parameter at all (the pager then asks
  for the link's page through ``extra_query``).

`plan` gives the templates each paged operation's style, items and page-size parameter;
`unpaged` lists the list-shaped GETs with paging parameters that none fits, with the reason,
for the generation report.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from .normalise import REF_PREFIX, operations

ENVELOPES_MODULE = Path(__file__).resolve().parent.parent / "ibl_client" / "_envelopes.py"
#: Query parameters that choose a page or its size: an operation taking one is meant to page.
PAGING_PARAMETERS = frozenset({"page", "page_size", "limit", "offset", "length", "page_number"})


@cache
def envelopes() -> tuple[Any, ...]:
    """``ibl_client._envelopes.ENVELOPES``, loaded without importing the package."""
    spec = importlib.util.spec_from_file_location("_ibl_envelopes", ENVELOPES_MODULE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.ENVELOPES)


def _resolve(document: dict[str, Any], schema: Any) -> Any:
    seen = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 50:
        name = schema["$ref"][len(REF_PREFIX) :]
        schema = (document.get("components") or {}).get("schemas", {}).get(name)
        seen += 1
    return schema


def _free_form(schema: Any) -> bool:
    return isinstance(schema, dict) and not schema.get("properties") and "items" not in schema


def _at(document: dict[str, Any], schema: Any, path: str) -> Any:
    """The schema at a dotted path; ``True`` past a free-form object; ``None`` if undeclared."""
    for name in path.split("."):
        schema = _resolve(document, schema)
        if _free_form(schema) and schema.get("type") in (None, "object"):
            return True
        properties = (schema or {}).get("properties") or {}
        if name not in properties:
            return None
        schema = properties[name]
    return _resolve(document, schema)


def _untyped(schema: Any) -> bool:
    """A declared value the description leaves open (``{}``: any JSON value)."""
    return isinstance(schema, dict) and not schema.get("type") and _free_form(schema)


def _is_array(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "array" or "items" in schema)


def ok_schema(document: dict[str, Any], operation: dict[str, Any]) -> Any:
    """The operation's one 2xx JSON schema (resolved), or None."""
    found = [
        ((response or {}).get("content") or {}).get("application/json", {}).get("schema")
        for status, response in (operation.get("responses") or {}).items()
        if str(status).startswith("2")
    ]
    if len(found) != 1 or found[0] is None:
        return None
    return _resolve(document, found[0])


def query_names(operation: dict[str, Any]) -> set[str]:
    return {p.get("name") for p in operation.get("parameters") or [] if p.get("in") == "query"}


def _can_ask(envelope: Any, names: set[str]) -> bool:
    if envelope.asks == "offset":
        return {"limit", "offset"} <= names
    return "page" in names or (bool(envelope.next) and not names & PAGING_PARAMETERS)


def fits(document: dict[str, Any], envelope: Any, schema: Any, names: set[str]) -> bool:
    """Whether an operation with this 2xx ``schema`` and query ``names`` pages as ``envelope``."""
    if not _can_ask(envelope, names):
        return False
    if envelope.items == "":
        return _is_array(schema)
    items = _at(document, schema, envelope.items)
    if not (_is_array(items) or _untyped(items)):
        return False
    return all(_at(document, schema, marker) is not None for marker in envelope.markers)


def style_of(document: dict[str, Any], method: str, operation: dict[str, Any]) -> Any:
    """The envelope an operation pages as, or None."""
    if method != "get":
        return None
    schema = ok_schema(document, operation)
    if schema is None:
        return None
    names = query_names(operation)
    return next((e for e in envelopes() if fits(document, e, schema, names)), None)


def plan(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId -> the style, the JSON name of its items ("" for the body) and the
    page-size query parameter it has ("" if none), for the templates."""
    planned = {}
    for method, _path, operation in operations(document):
        envelope = style_of(document, method, operation)
        if envelope is not None:
            names = query_names(operation)
            size = next((name for name in envelope.sizes if name in names), "")
            planned[operation["operationId"]] = {
                "style": envelope.name,
                "items": envelope.items,
                "size": size,
            }
    return planned


def _list_shaped(document: dict[str, Any], schema: Any) -> bool:
    """An array, or an object with an array among its properties."""
    if _is_array(schema):
        return True
    properties = (schema or {}).get("properties") or {}
    return any(_is_array(_resolve(document, value)) for value in properties.values())


def unpaged(document: dict[str, Any]) -> Iterator[str]:
    """Each GET taking paging parameters that does not page: ``<operationId>: <why>``."""
    for method, _path, operation in operations(document):
        names = query_names(operation) & PAGING_PARAMETERS
        if method != "get" or not names or style_of(document, method, operation) is not None:
            continue
        schema = ok_schema(document, operation)
        keys = sorted((schema or {}).get("properties") or {}) if isinstance(schema, dict) else []
        if schema is None:
            why = "no 2xx JSON schema: the shape of its answer is unknown"
        elif not _list_shaped(document, schema):
            why = "its answer is one object, not a list" + (
                f" ({{{', '.join(keys)}}})" if keys else ""
            )
        else:
            shape = "an array" if _is_array(schema) else "{" + ", ".join(keys) + "}"
            why = f"no envelope fits {shape}"
        yield f"{operation['operationId']} (query {', '.join(sorted(names))}): {why}"
