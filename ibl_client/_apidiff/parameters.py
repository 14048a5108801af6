"""Comparing an operation's parameters, identified by location (``in``) and name.

Path-level parameters are merged under operation-level ones, as the spec says. Findings are
located as ``request.<in>.<name>`` (``request.query.page``). When the operation's path renamed
a path parameter (``operations.match_operations``), the old name is compared as the new one;
the rename itself is an identity change (``path-parameter-renamed``).
"""

from __future__ import annotations

from typing import Any

from .operations import Operation, path_parameters
from .refs import Document, resolve, unwrap
from .schemas import Finding, as_enum, enum_changes, format_only, type_label

__all__ = ["compare_parameters", "parameters"]


def parameters(doc: Document, op: Operation) -> dict[tuple[str, str], dict[str, Any]]:
    """Effective parameters by ``(in, name)``; operation-level entries override."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(op.path_item.get("parameters") or []), *(op.spec.get("parameters") or [])]:
        param = resolve(doc, raw)
        if isinstance(param, dict) and "name" in param:
            merged[(str(param.get("in")), str(param["name"]))] = param
    return merged


def _schema(doc: Document, param: dict[str, Any]) -> dict[str, Any]:
    """The parameter's schema, from ``schema`` or (rarely) its single ``content`` entry."""
    raw = param.get("schema")
    if raw is None:
        media: Any = next(iter((param.get("content") or {}).values()), {})
        raw = media.get("schema") if isinstance(media, dict) else None
    return as_enum(doc, unwrap(doc, raw).schema)


def _items(doc: Document, schema: dict[str, Any]) -> dict[str, Any]:
    return as_enum(doc, unwrap(doc, schema.get("items")).schema)


def _label(doc: Document, schema: dict[str, Any]) -> str:
    """Type label including the item type, since arrays are not recursed for parameters."""
    label = type_label(schema)
    if schema.get("type") == "array":
        label = f"array<{type_label(_items(doc, schema))}>"
    return label


def _format_only(
    old_doc: Document, new_doc: Document, old: dict[str, Any], new: dict[str, Any]
) -> bool:
    """Only a format added or dropped, on the parameter or on its array items."""
    if old.get("type") == new.get("type") == "array":
        return format_only(_items(old_doc, old), _items(new_doc, new))
    return format_only(old, new)


def _one(
    old_doc: Document,
    new_doc: Document,
    old: dict[str, Any],
    new: dict[str, Any],
    where: tuple[str, ...],
    rebuilt: bool,
) -> list[Finding]:
    """Requiredness, type and enum changes of a parameter present in both versions; with
    ``rebuilt``, a format added or dropped is a rebuild artifact, not a type change."""
    found: list[Finding] = []
    was, now = bool(old.get("required")), bool(new.get("required"))
    if was != now:
        kind = "parameter-made-required" if now else "parameter-made-optional"
        found.append(Finding(kind, where, was, now))
    old_schema, new_schema = _schema(old_doc, old), _schema(new_doc, new)
    old_label, new_label = _label(old_doc, old_schema), _label(new_doc, new_schema)
    if old_label != new_label:
        if not (rebuilt and _format_only(old_doc, new_doc, old_schema, new_schema)):
            return [*found, Finding("parameter-type-changed", where, old_label, new_label)]
        found.append(Finding("parameter-format-changed", where, old_label, new_label))
    if "enum" in old_schema and "enum" in new_schema:
        added, removed = enum_changes(old_schema, new_schema)
        found += [Finding("parameter-enum-value-added", where, None, v) for v in added]
        found += [Finding("parameter-enum-value-removed", where, v, None) for v in removed]
    return found


def compare_parameters(
    old_doc: Document,
    new_doc: Document,
    old_op: Operation,
    new_op: Operation,
    rebuilt: bool = False,
) -> list[Finding]:
    """Parameters removed, added (breaking only when required) and changed."""
    renamed = dict(zip(path_parameters(old_op.path), path_parameters(new_op.path), strict=False))
    old_params = {
        (where, renamed.get(name, name) if where == "path" else name): param
        for (where, name), param in parameters(old_doc, old_op).items()
    }
    new_params = parameters(new_doc, new_op)
    found: list[Finding] = []
    for key, param in old_params.items():
        if key not in new_params:
            label = _label(old_doc, _schema(old_doc, param))
            found.append(Finding("parameter-removed", ("request", *key), label, None))
    for key, param in new_params.items():
        if key not in old_params:
            kind = "parameter-added-required" if param.get("required") else "parameter-added"
            label = _label(new_doc, _schema(new_doc, param))
            found.append(Finding(kind, ("request", *key), None, label))
        else:
            found += _one(old_doc, new_doc, old_params[key], param, ("request", *key), rebuilt)
    return found
