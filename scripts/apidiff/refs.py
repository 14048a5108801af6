"""Following ``$ref``s and seeing through the wrappers drf-spectacular puts around schemas.

drf-spectacular (OpenAPI 3.0.3) expresses a nullable or read-only reference as
``{allOf: [{$ref: X}], nullable: true}`` and a nullable choice field as
``{oneOf: [{$ref: XEnum}, {$ref: NullEnum}]}``. Comparing those wrappers literally would report
"type changed" whenever a field became nullable, so ``unwrap`` reduces a schema to the
schema that carries its shape plus an effective ``nullable`` flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Document", "Unwrapped", "resolve", "unwrap"]

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


def _is_null_variant(doc: Document, variant: Any) -> bool:
    """``NullEnum`` (``enum: [null]``) or a literal ``type: 'null'`` variant."""
    target = resolve(doc, variant)
    if not isinstance(target, dict):
        return False
    return target.get("type") == "null" or target.get("enum") == [None]


def _single_inner(doc: Document, schema: dict[str, Any]) -> tuple[Any, bool] | None:
    """The one meaningful member of an ``allOf``/``oneOf``/``anyOf`` wrapper, if there is one.

    Returns the member and whether a null variant was dropped to find it.
    """
    members = schema.get("allOf")
    if isinstance(members, list) and len(members) == 1 and "properties" not in schema:
        return members[0], False
    for key in ("oneOf", "anyOf"):
        variants = schema.get(key)
        if isinstance(variants, list):
            kept = [v for v in variants if not _is_null_variant(doc, v)]
            if len(kept) == 1:
                return kept[0], len(kept) != len(variants)
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
        nullable = nullable or bool(node.get("nullable"))
        inner = _single_inner(doc, node)
        if inner is None:
            return Unwrapped(ref, node, nullable)
        node, dropped_null = inner
        nullable = nullable or dropped_null
    raise ValueError("schema wrapper chain too long (a cycle of pure references?)")
