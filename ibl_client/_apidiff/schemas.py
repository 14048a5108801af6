"""Recursive comparison of two resolved schemas, in one direction (request or response).

The direction matters because the same difference means opposite things on the two sides: a
property that may now be null is harmless in what the server *accepts* and breaking in what
it *returns*. ``SchemaDiffer`` only detects and names changes (``request-type-changed``,
``response-property-removed``, …); ``rules.RULES`` classifies them.

Enums compare as sets of values however they are spelled (``as_enum``). Between descriptions
rebuilt from a generated client, a format added or dropped on the same base type is a
``*-format-changed`` rebuild artifact rather than a type change (``format_only``). Each
finding inside a component names the model class that holds it (``Finding.model``).

Referenced components make the schemas a graph, often a cyclic one (a comment's replies are
comments) and, in drf-spectacular output, a densely shared one. Unfolding that graph into a
tree is exponential, so the comparison works on the graph instead:

* each pair of referenced components ``(old $ref, new $ref, direction)`` is compared once
  per run, *locally*: the findings inside it, plus edges to the referenced pairs below it;
* a root (one request or response body) is then walked breadth-first over those edges,
  each pair visited once. A component's changes are therefore reported once per body, at
  the shortest location that reaches it — never repeated under every field that references
  it, and finite for recursive schemas.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Literal

from .refs import Document, Unwrapped, is_null_variant, resolve, unwrap

__all__ = [
    "Direction",
    "Finding",
    "SchemaDiffer",
    "as_enum",
    "enum_changes",
    "format_only",
    "ref_name",
    "type_label",
]

Direction = Literal["request", "response"]
Path = tuple[str, ...]
_Key = tuple[str, str, Direction]
_MAX_ALLOF_DEPTH = 32


@dataclass(frozen=True, slots=True)
class Finding:
    """A change inside a schema, located by path segments relative to the compared root.

    ``model`` is the component whose own schema holds the change (the SDK model class that
    changes) and ``field`` the segments inside it; ``None`` and ``()`` for changes in inline
    schemas outside any component.
    """

    kind: str
    path: Path
    old: Any
    new: Any
    model: str | None = None
    field: Path = ()


@dataclass(slots=True)
class _Local:
    """What comparing one component pair (or an inline root) finds without following refs."""

    findings: list[Finding] = field(default_factory=list)
    edges: list[tuple[Path, _Key]] = field(default_factory=list)


def ref_name(ref: str) -> str:
    """``#/components/schemas/Course`` → ``Course``: how the SDK names the model class."""
    return ref.rsplit("/", 1)[-1]


def _variant_name(variant: Any) -> str:
    """Name a ``oneOf`` member by its component, or by its label when inline."""
    if isinstance(variant, dict) and "$ref" in variant:
        return ref_name(variant["$ref"])
    return type_label(variant if isinstance(variant, dict) else {})


def type_label(schema: dict[str, Any], formats: bool = True) -> str:
    """The part of a schema that decides the generated Python type, as a short string.

    Enum-ness is part of it because the SDK turns enums into ``Literal`` types: ``str`` →
    ``XEnum`` is a type change for callers. Composition lists its members by name, so adding
    or removing an alternative is a type change too. ``formats=False`` leaves formats out.
    """
    for key in ("oneOf", "anyOf"):
        variants = schema.get(key)
        if isinstance(variants, list):
            return f"{key}({'|'.join(_variant_name(v) for v in variants)})"
    kind = schema.get("type")
    if kind is None and ("properties" in schema or "allOf" in schema):
        kind = "object"
    label = str(kind) if kind is not None else "any"
    if "format" in schema and formats:
        label = f"{label}/{schema['format']}"
    if "enum" in schema:
        label = f"enum<{label}>"
    return label


def format_only(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether two schemas differ only by a format one of them has and the other lacks
    (``string`` → ``string/uuid``), the base type being the same."""
    return ("format" in old) != ("format" in new) and type_label(old, False) == type_label(
        new, False
    )


def _value_key(value: Any) -> str:
    """Enum values may be strings, numbers or null; compare them by their JSON spelling."""
    return json.dumps(value, sort_keys=True)


def enum_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """Values added and removed between two ``enum`` lists, compared as sets. ``null`` is
    left out: whether a value may be ``None`` is nullability, reported on its own."""
    old_values = {_value_key(v): v for v in old.get("enum") or [] if v is not None}
    new_values = {_value_key(v): v for v in new.get("enum") or [] if v is not None}
    added = [new_values[k] for k in new_values if k not in old_values]
    removed = [old_values[k] for k in old_values if k not in new_values]
    return added, removed


def _base_type(schema: dict[str, Any]) -> str:
    """An enum's declared type, else the one its values imply."""
    if "type" in schema:
        return str(schema["type"])
    kinds = {type(v).__name__ for v in schema.get("enum") or [] if v is not None}
    names = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
    return names.get(next(iter(kinds)), "any") if len(kinds) == 1 else "any"


def as_enum(doc: Document, schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """An enum however it is spelled, as one plain ``{type, enum}`` of its non-null values.

    drf-spectacular and the rebuilds spell one set of choices several ways: inline, as a
    ``$ref`` to an ``XEnum`` component, or as ``oneOf: [XEnum, BlankEnum, NullEnum]``. The SDK
    sees the same ``Literal`` values in each, so they compare by their set of values (null
    is nullability, see ``refs.unwrap``). Anything else is returned unchanged.
    """
    if "enum" in schema and isinstance(schema["enum"], list):
        plain = {"type": _base_type(schema), "enum": [v for v in schema["enum"] if v is not None]}
        return plain | ({"format": schema["format"]} if "format" in schema else {})
    for key in ("oneOf", "anyOf"):
        variants = schema.get(key)
        if not isinstance(variants, list) or depth > _MAX_ALLOF_DEPTH:
            continue
        parts = [
            as_enum(doc, unwrap(doc, v).schema, depth + 1)
            for v in variants
            if not is_null_variant(doc, v)
        ]
        if not parts or any("enum" not in p or "format" in p for p in parts):
            return schema
        if len({p["type"] for p in parts}) != 1:
            return schema
        values = {_value_key(v): v for p in parts for v in p["enum"]}
        return {"type": parts[0]["type"], "enum": list(values.values())}
    return schema


class SchemaDiffer:
    """Compares schemas from an old and a new document; one instance per diff run."""

    def __init__(self, old_doc: Document, new_doc: Document, rebuilt: bool = False) -> None:
        self._old_doc = old_doc
        self._new_doc = new_doc
        self._rebuilt = rebuilt
        self._models: dict[str, str | None] = {}
        self._locals: dict[_Key, _Local] = {}
        self._walks: dict[_Key, tuple[Finding, ...]] = {}

    def compare(self, old: Any, new: Any, direction: Direction) -> tuple[Finding, ...]:
        """All findings between two (possibly referenced, possibly wrapped) root schemas."""
        o, n = unwrap(self._old_doc, old), unwrap(self._new_doc, new)
        if o.ref is not None and n.ref is not None:
            key: _Key = (o.ref, n.ref, direction)
            return (*_nullability(o, n, direction, ()), *self._walk_from(key))
        root = _Local()
        self._child(old, new, direction, (), root)
        return self._walk(root)

    def _walk_from(self, key: _Key) -> tuple[Finding, ...]:
        """The walk from one component pair; deterministic, so cached."""
        if key not in self._walks:
            self._walks[key] = self._walk(_Local(edges=[((), key)]))
        return self._walks[key]

    def _walk(self, root: _Local) -> tuple[Finding, ...]:
        """Breadth-first over component pairs, each visited once, so each is reported at the
        shortest location that reaches it.

        Dense webs of shared components make most visits find nothing, so a visit records only
        its parent and the segments below it; full paths are built for findings alone.
        """
        out = list(root.findings)
        parents: list[tuple[int, Path]] = []  # per visit: parent visit (-1: root), segments
        owners: list[tuple[str | None, Path]] = []  # per visit: model holding it, field path
        visited = {key for _, key in root.edges}
        queue: deque[tuple[int, Path, _Key]] = deque((-1, sub, key) for sub, key in root.edges)
        while queue:
            parent, sub, key = queue.popleft()
            visit = len(parents)
            parents.append((parent, sub))
            model_name = self._model_name(key[1])
            if model_name is not None:
                owners.append((model_name, ()))
            else:  # an enum or scalar component: the change shows on the field that uses it
                model, field = owners[parent] if parent >= 0 else (None, ())
                owners.append((model, (*field, *sub)) if model else (None, ()))
            node = self._local(key)
            if node.findings:
                path = _path_of(parents, visit)
                model, field = owners[visit]
                out += [
                    Finding(f.kind, (*path, *f.path), f.old, f.new, model, (*field, *f.path))
                    for f in node.findings
                ]
            for child_sub, child in node.edges:
                if child not in visited:
                    visited.add(child)
                    queue.append((visit, child_sub, child))
        return tuple(out)

    def _model_name(self, ref: str) -> str | None:
        """The model class a component becomes, ``None`` for an enum or scalar (a Literal or
        an alias, not a class); cached."""
        if ref not in self._models:
            schema = unwrap(self._new_doc, {"$ref": ref}).schema
            is_model = schema.get("type") == "object" or "properties" in schema or "allOf" in schema
            self._models[ref] = ref_name(ref) if is_model else None
        return self._models[ref]

    def _local(self, key: _Key) -> _Local:
        """Compare one component pair, stopping at the references inside it; cached."""
        if key not in self._locals:
            old_ref, new_ref, direction = key
            local = _Local()
            old = unwrap(self._old_doc, {"$ref": old_ref}).schema
            new = unwrap(self._new_doc, {"$ref": new_ref}).schema
            self._shape(old, new, direction, (), local)
            self._locals[key] = local
        return self._locals[key]

    def _child(self, old: Any, new: Any, direction: Direction, path: Path, acc: _Local) -> None:
        """A schema position: nullability here, then an edge to a component pair, or the
        inline shape compared in place."""
        o, n = unwrap(self._old_doc, old), unwrap(self._new_doc, new)
        acc.findings += _nullability(o, n, direction, path)
        if o.ref is not None and n.ref is not None:
            acc.edges.append((path, (o.ref, n.ref, direction)))
        else:
            self._shape(o.schema, n.schema, direction, path, acc)

    def _shape(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
        path: Path,
        acc: _Local,
    ) -> None:
        """Type first; only when types agree does it make sense to look inside."""
        old = as_enum(self._old_doc, self._merged(self._old_doc, old))
        new = as_enum(self._new_doc, self._merged(self._new_doc, new))
        old_label, new_label = type_label(old), type_label(new)
        if old_label != new_label:
            if not (self._rebuilt and format_only(old, new)):
                kind = f"{direction}-type-changed"
                acc.findings.append(Finding(kind, path, old_label, new_label))
                return
            kind = f"{direction}-format-changed"
            acc.findings.append(Finding(kind, path, old_label, new_label))
        acc.findings += _enum(old, new, direction, path)
        self._properties(old, new, direction, path, acc)
        self._children(old, new, direction, path, acc)

    def _merged(self, doc: Document, schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
        """Flatten ``allOf`` composition into one object schema (properties and required).

        drf-spectacular uses multi-member ``allOf`` for serializer inheritance; flattening
        lets a property moved into a base serializer compare as unchanged.
        """
        members = schema.get("allOf")
        if not isinstance(members, list) or depth > _MAX_ALLOF_DEPTH:
            return schema
        properties: dict[str, Any] = {}
        required: list[str] = []
        for member in members:
            part = self._merged(doc, resolve(doc, member), depth + 1)
            properties.update(part.get("properties") or {})
            required += part.get("required") or []
        properties.update(schema.get("properties") or {})
        required += schema.get("required") or []
        rest = {k: v for k, v in schema.items() if k not in ("allOf", "properties", "required")}
        return {**rest, "type": "object", "properties": properties, "required": required}

    def _visible(
        self, doc: Document, schema: dict[str, Any], direction: Direction
    ) -> dict[str, Any]:
        """Properties that exist in this direction: readOnly ones are never sent, writeOnly
        ones never returned, so changes to them cannot affect that side."""
        hidden = "readOnly" if direction == "request" else "writeOnly"
        props = schema.get("properties") or {}
        return {name: prop for name, prop in props.items() if not _flagged(doc, prop, hidden)}

    def _properties(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
        path: Path,
        acc: _Local,
    ) -> None:
        """Properties added, removed, changing requiredness, and (recursively) changing."""
        old_props = self._visible(self._old_doc, old, direction)
        new_props = self._visible(self._new_doc, new, direction)
        old_required = set(old.get("required") or [])
        new_required = set(new.get("required") or [])
        for name in old_props:
            if name not in new_props:
                where = (*path, name)
                acc.findings.append(Finding(f"{direction}-property-removed", where, True, None))
        for name in new_props:
            if name not in old_props:
                acc.findings.append(_added((*path, name), name in new_required, direction))
        for name in new_props:
            if name in old_props:
                was, now = name in old_required, name in new_required
                acc.findings += _requiredness((*path, name), was, now, direction)
                self._child(old_props[name], new_props[name], direction, (*path, name), acc)

    def _children(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
        path: Path,
        acc: _Local,
    ) -> None:
        """Array items (``[]``), map values (``*``) and composition members (by position)."""
        if "items" in old or "items" in new:
            self._child(old.get("items"), new.get("items"), direction, (*path, "[]"), acc)
        old_map, new_map = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_map, dict) and isinstance(new_map, dict):
            self._child(old_map, new_map, direction, (*path, "*"), acc)
        for key in ("oneOf", "anyOf"):
            pairs = zip(old.get(key) or [], new.get(key) or [], strict=False)
            for index, (a, b) in enumerate(pairs):
                self._child(a, b, direction, (*path, f"{key}[{index}]"), acc)


def _path_of(parents: list[tuple[int, Path]], visit: int) -> Path:
    """The full path of a visit, following parent links back to the root."""
    parts: list[Path] = []
    while visit >= 0:
        visit, sub = parents[visit]
        parts.append(sub)
    return tuple(segment for sub in reversed(parts) for segment in sub)


def _flagged(doc: Document, prop: Any, flag: str) -> bool:
    """``readOnly``/``writeOnly`` on a property, whether on its wrapper or its target."""
    if not isinstance(prop, dict):
        return False
    target = resolve(doc, prop)
    return bool(prop.get(flag) or (isinstance(target, dict) and target.get(flag)))


def _nullability(o: Unwrapped, n: Unwrapped, direction: Direction, path: Path) -> list[Finding]:
    """Nullability sits on the reference site (drf-spectacular's wrappers), so it is judged
    where a component is used, not inside it."""
    if o.nullable == n.nullable:
        return []
    kind = f"{direction}-made-nullable" if n.nullable else f"{direction}-made-non-nullable"
    return [Finding(kind, path, o.nullable, n.nullable)]


def _enum(
    old: dict[str, Any], new: dict[str, Any], direction: Direction, path: Path
) -> list[Finding]:
    """Enum values gained and lost (type labels already agree that both are enums)."""
    if "enum" not in old or "enum" not in new:
        return []
    added, removed = enum_changes(old, new)
    return [Finding(f"{direction}-enum-value-added", path, None, v) for v in added] + [
        Finding(f"{direction}-enum-value-removed", path, v, None) for v in removed
    ]


def _added(where: Path, required: bool, direction: Direction) -> Finding:
    """A new property: only a *required* one breaks requests; responses never break."""
    if direction == "request" and required:
        return Finding("request-property-added-required", where, None, True)
    return Finding(f"{direction}-property-added", where, None, True)


def _requiredness(where: Path, was: bool, now: bool, direction: Direction) -> list[Finding]:
    """Requiredness flips; ``required`` means "must send" in requests and "always present"
    in responses."""
    if was == now:
        return []
    kind = "made-required" if now else "made-optional"
    return [Finding(f"{direction}-property-{kind}", where, was, now)]
