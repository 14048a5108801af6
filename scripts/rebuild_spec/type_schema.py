"""Translate the Python annotations OpenAPI Generator wrote back into OpenAPI schema objects.

The generator maps each schema to a pydantic-v2 annotation (``StrictStr``, ``Annotated[str,
Field(min_length=1)]``, ``List[Model]``, ...). Those annotations are live objects once the
wheel is imported, so reading them is more reliable than parsing text. Runs inside the
scratch venv: standard library and pydantic only.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import types
import typing
import uuid
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

Schema = dict[str, Any]

REF_PREFIX = "#/components/schemas/"

# Order matters: bool is a subclass of int and datetime of date, so the exact type is looked
# up first and the subclass test never runs for these.
_SCALARS: dict[type, Schema] = {
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    str: {"type": "string"},
    bytes: {"type": "string", "format": "binary"},
    bytearray: {"type": "string", "format": "binary"},
    datetime.datetime: {"type": "string", "format": "date-time"},
    datetime.date: {"type": "string", "format": "date"},
    uuid.UUID: {"type": "string", "format": "uuid"},
    decimal.Decimal: {"type": "string", "format": "decimal"},
}

# annotated_types / pydantic metadata attribute -> OpenAPI keyword, per base type family.
_LENGTH_KEYWORDS = {
    "string": ("minLength", "maxLength"),
    "array": ("minItems", "maxItems"),
    "object": ("minProperties", "maxProperties"),
}


def ref(name: str) -> Schema:
    """Return a ``$ref`` to the component schema called ``name``."""
    return {"$ref": REF_PREFIX + name}


def is_component_class(tp: Any) -> bool:
    """Tell whether ``tp`` is a generated model or enum, i.e. a component to reference."""
    return isinstance(tp, type) and (issubclass(tp, BaseModel) or issubclass(tp, enum.Enum))


def annotation_schema(tp: Any) -> Schema:
    """Return the schema that the annotation ``tp`` was generated from.

    Nullability is deliberately not derived from ``Optional[...]``: the generator makes every
    non-required field Optional, so ``Optional`` says nothing about ``nullable``.
    """
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        base, *metadata = typing.get_args(tp)
        schema = annotation_schema(base)
        apply_metadata(schema, metadata)
        return schema
    if origin in (typing.Union, types.UnionType):
        return _union_schema(typing.get_args(tp))
    if origin in (list, set, frozenset, tuple):
        return _collection_schema(origin, typing.get_args(tp))
    if origin is dict:
        args = typing.get_args(tp)
        values = annotation_schema(args[1]) if len(args) == 2 else {}
        return {"type": "object", "additionalProperties": values}
    if origin is typing.Literal:
        literals = list(typing.get_args(tp))
        return {**_scalar_schema(type(literals[0])), "enum": literals}
    return _scalar_schema(tp)


def _scalar_schema(tp: Any) -> Schema:
    """Schema for a plain class: a builtin scalar, a component, or anything (``{}``)."""
    if tp in (Any, object, None):
        return {}
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    if is_component_class(tp):
        return ref(tp.__name__)
    if tp is dict:
        return {"type": "object", "additionalProperties": {}}
    if tp is list:
        return {"type": "array", "items": {}}
    raise TypeError(f"no schema mapping for annotation {tp!r}")


def _union_schema(args: tuple[Any, ...]) -> Schema:
    """Collapse the unions the generator writes for single OpenAPI types.

    ``Union[StrictFloat, StrictInt]`` is how it spells ``number``, and
    ``Union[StrictBytes, StrictStr]`` (optionally with a tuple) is a binary upload.
    """
    members = [arg for arg in args if arg is not type(None)]
    schemas = [annotation_schema(member) for member in members]
    types_seen = {schema.get("type") for schema in schemas}
    if len(schemas) == 1:
        return schemas[0]
    if types_seen == {"number", "integer"}:
        merged: Schema = {"type": "number"}
        for schema in schemas:
            merged.update({k: v for k, v in schema.items() if k not in ("type", "format")})
        return merged
    if any(schema.get("format") == "binary" for schema in schemas):
        return {"type": "string", "format": "binary"}
    return {"anyOf": schemas}


def _collection_schema(origin: Any, args: tuple[Any, ...]) -> Schema:
    """Schema for ``List``/``Set``/``Tuple``; a set came from ``uniqueItems: true``."""
    if origin is tuple:
        # The generator only writes tuples for (filename, bytes) file uploads.
        return {"type": "string", "format": "binary"}
    items = annotation_schema(args[0]) if args else {}
    schema: Schema = {"type": "array", "items": items}
    if origin in (set, frozenset):
        schema["uniqueItems"] = True
    return schema


def apply_metadata(schema: Schema, metadata: list[Any]) -> None:
    """Fold ``Field(...)`` and annotated-types constraints into ``schema`` in place."""
    for item in metadata:
        if isinstance(item, FieldInfo):
            if item.description:
                schema["description"] = item.description
            apply_metadata(schema, list(item.metadata))
        else:
            apply_constraint(schema, item)


def apply_constraint(schema: Schema, constraint: Any) -> None:
    """Translate one annotated-types/pydantic constraint object into OpenAPI keywords."""
    target = _constraint_target(schema)
    family = target.get("type", "string")
    min_key, max_key = _LENGTH_KEYWORDS.get(family, ("minLength", "maxLength"))
    attributes = {
        "min_length": min_key,
        "max_length": max_key,
        "ge": "minimum",
        "le": "maximum",
        "gt": "minimum",
        "lt": "maximum",
        "multiple_of": "multipleOf",
        "pattern": "pattern",
    }
    for attribute, keyword in attributes.items():
        value = getattr(constraint, attribute, None)
        if value is None:
            continue
        if isinstance(value, decimal.Decimal):
            value = float(value)
        target[keyword] = value
        if attribute in ("gt", "lt"):
            target["exclusiveMinimum" if attribute == "gt" else "exclusiveMaximum"] = True


def _constraint_target(schema: Schema) -> Schema:
    """Constraints on a reference belong to no component; put them beside it via allOf."""
    if "$ref" in schema:
        schema["allOf"] = [{"$ref": schema.pop("$ref")}]
    return schema
