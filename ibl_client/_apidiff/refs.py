"""Following ``$ref``s and seeing through the wrappers drf-spectacular puts around schemas.

drf-spectacular (OpenAPI 3.0.3) expresses a nullable or read-only reference as
``{allOf: [{$ref: X}], nullable: true}`` and a nullable choice field as
``{oneOf: [{$ref: XEnum}, {$ref: NullEnum}]}`` (with ``BlankEnum``, ``enum: [""]``, as a third
member when blank is allowed too). Comparing those wrappers literally would report "type
changed" whenever a field became nullable, so ``unwrap`` reduces a schema to the schema that
carries its shape plus an effective ``nullable`` flag: ``nullable: true``, a null member of
``oneOf``/``anyOf`` (however many other members there are), or ``null`` among enum values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Document", "Unwrapped", "is_null_variant", "resolve", "unwrap"]

Document = dict[str, Any]
_MAX_REF_HOPS = 64  # a ref chain longer than this is a cycle of pure references


def _pointer_target(doc: Document, ref: str) -> Any:
    """Walk a local JSON pointer (``#/components/schemas/X``), unescaping ``~1`` and ``~0``."""
    if not ref.startswith("#/"):
        raise ValueError(f"only local $refs are supported, got {ref!r}")
    node: Any = doc
    for raw in ref[2:].split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def resolve(doc: Document, node: Any) -> Any:
    """Follow ``$ref`` chains until a node that is not a reference."""
    for _ in range(_MAX_REF_HOPS):
        if not (isinstance(node, dict) and "$ref" in node):
            return node
        node = _pointer_target(doc, node["$ref"])
    raise ValueError("$ref chain too long (a cycle of pure references?)")


@dataclass(frozen=True, slots=True)
class Unwrapped:
    """A schema reduced to its shape-bearing part.

    ``ref`` is the last ``$ref`` followed on the way (``None`` for inline schemas); the
    shape is fully determined by it, which is what makes per-ref caching sound.
    """

    ref: str | None
    schema: dict[str, Any]
    nullable: bool


def is_null_variant(doc: Document, variant: Any) -> bool:
    """``NullEnum`` (``enum: [null]``) or a literal ``type: 'null'`` variant.

    A reference to a component named ``NullEnum`` counts whatever its values: that is
    drf-spectacular's name for ``enum: [null]``, and descriptions rebuilt from a generated
    client have spelled it ``enum: ['null']`` (3.66.0) or ``enum: []``.
    """
    if isinstance(variant, dict) and str(variant.get("$ref", "")).endswith("/NullEnum"):
        return True
    target = resolve(doc, variant)
    if not isinstance(target, dict):
        return False
    return target.get("type") == "null" or target.get("enum") == [None]


def _admits_null(doc: Document, schema: dict[str, Any]) -> bool:
    """``nullable: true``, a null ``oneOf``/``anyOf`` member, or ``null`` among enum values."""
    if schema.get("nullable"):
        return True
    enum = schema.get("enum")
    if isinstance(enum, list) and None in enum:
        return True
    for key in ("oneOf", "anyOf"):
        variants = schema.get(key)
        if isinstance(variants, list) and any(is_null_variant(doc, v) for v in variants):
            return True
    return False


def _single_inner(doc: Document, schema: dict[str, Any]) -> dict[str, Any] | None:
    """The one meaningful member of an ``allOf``/``oneOf``/``anyOf`` wrapper, if there is one
    (null variants do not count)."""
    members = schema.get("allOf")
    if isinstance(members, list) and len(members) == 1 and "properties" not in schema:
        return members[0] if isinstance(members[0], dict) else {}
    for key in ("oneOf", "anyOf"):
        variants = schema.get(key)
        if isinstance(variants, list):
            kept = [v for v in variants if not is_null_variant(doc, v)]
            if len(kept) == 1:
                return kept[0] if isinstance(kept[0], dict) else {}
    return None


def unwrap(doc: Document, node: Any) -> Unwrapped:
    """Follow refs and single-member wrappers, accumulating ``nullable`` on the way."""
    ref: str | None = None
    nullable = False
    for _ in range(_MAX_REF_HOPS):
        if isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            node = _pointer_target(doc, node["$ref"])
            continue
        if not isinstance(node, dict):
            return Unwrapped(ref, {}, nullable)
        nullable = nullable or _admits_null(doc, node)
        inner = _single_inner(doc, node)
        if inner is None:
            return Unwrapped(ref, node, nullable)
        node = inner
    raise ValueError("schema wrapper chain too long (a cycle of pure references?)")
