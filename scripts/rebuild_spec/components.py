"""Rebuild ``components.schemas`` from the model classes the wheel's ``models`` package exports.

Three kinds of generated class exist: ``str``/``int`` enums, oneOf/anyOf wrappers (a model
with ``actual_instance``) and plain models. Runs inside the scratch venv: standard library
and pydantic only.
"""

from __future__ import annotations

import enum
import inspect
import re
from typing import Any

from pydantic import BaseModel

from .descriptions import normalise_description
from .source_facts import ModelSourceFacts, model_source_facts
from .type_schema import Schema, annotation_schema, apply_metadata

# Generated bookkeeping fields, not properties of the API schema.
_WRAPPER_FIELDS = ("actual_instance", "one_of_schemas", "any_of_schemas")
_ADDITIONAL_PROPERTIES_FIELD = "additional_properties"
# oneof_schema_1_validator ... keep the original member order, which the *_ONE_OF_SCHEMAS
# constant and the one_of_schemas set have lost (they are sorted).
_MEMBER_FIELD = re.compile(r"(one|any)of_schema_(\d+)_validator")


def component_schema(cls: type) -> Schema:
    """Return the component schema that generated ``cls``."""
    if issubclass(cls, enum.Enum):
        return enum_schema(cls)
    assert issubclass(cls, BaseModel)
    if "actual_instance" in cls.model_fields:
        return composition_schema(cls)
    return object_schema(cls)


def class_description(cls: type) -> str | None:
    """The class docstring, unless it is only the class name the generator puts by default."""
    text = normalise_description(inspect.getdoc(cls))
    return None if text == cls.__name__ else text


def enum_schema(cls: type[enum.Enum]) -> Schema:
    """``class XEnum(str, Enum)`` -> ``{type: string, enum: [...]}``."""
    values = [member.value for member in cls]
    if not values:
        return null_enum_schema(cls)
    schema: Schema = {"type": "integer" if issubclass(cls, int) else "string", "enum": values}
    _set_description(schema, class_description(cls))
    return schema


def null_enum_schema(cls: type[enum.Enum]) -> Schema:
    """An enum class without members was ``{enum: [null]}``: drf-spectacular's ``NullEnum``.

    An OpenAPI enum is never empty, and the generators behind the 4.x wheels skip ``null``
    when they write members, so no member means every value was null. (The 3.x wheels'
    generator wrote that value as the string ``'null'``; those are rebuilt as they are.)
    drf-spectacular gives the component no ``type``, as its one value is no string.
    """
    schema: Schema = {"enum": [None]}
    _set_description(schema, class_description(cls))
    return schema


def composition_schema(cls: type[BaseModel]) -> Schema:
    """oneOf/anyOf wrapper -> ``{oneOf: [...]}`` with members in their original order."""
    members: list[tuple[int, str, Schema]] = []
    for name, info in cls.model_fields.items():
        match = _MEMBER_FIELD.fullmatch(name)
        if match:
            members.append(
                (int(match.group(2)), match.group(1), annotation_schema(info.annotation))
            )
    keyword = "anyOf" if members and members[0][1] == "any" else "oneOf"
    schema: Schema = {keyword: [member for _, _, member in sorted(members, key=lambda m: m[0])]}
    _set_description(schema, class_description(cls))
    return schema


def object_schema(cls: type[BaseModel]) -> Schema:
    """Plain model -> ``{type: object, properties, required}`` in the generator's field order."""
    facts = model_source_facts(cls)
    fields_by_wire = {(info.alias or name): (name, info) for name, info in cls.model_fields.items()}
    schema: Schema = {"type": "object"}
    _set_description(schema, class_description(cls))
    properties: dict[str, Schema] = {}
    required: list[str] = []
    for wire_name in _property_order(cls, fields_by_wire):
        python_name, info = fields_by_wire[wire_name]
        properties[wire_name] = property_schema(python_name, info, facts)
        if info.is_required():
            required.append(wire_name)
    schema["properties"] = properties
    if required:
        schema["required"] = required
    if _allows_additional_properties(cls):
        schema["additionalProperties"] = {}
    return schema


def _allows_additional_properties(cls: type[BaseModel]) -> bool:
    """True when the generator added its catch-all field (``additionalProperties: true``).

    That field is a model field but, unlike real properties, missing from ``__properties``.
    """
    declared = getattr(cls, f"_{cls.__name__}__properties", [])
    return _ADDITIONAL_PROPERTIES_FIELD in cls.model_fields and (
        _ADDITIONAL_PROPERTIES_FIELD not in declared
    )


def _property_order(cls: type[BaseModel], fields_by_wire: dict[str, Any]) -> list[str]:
    """Wire names in the order of the generated ``__properties`` list (the spec's order)."""
    declared = getattr(cls, f"_{cls.__name__}__properties", None)
    if declared is not None:
        return [name for name in declared if name in fields_by_wire]
    hidden = (*_WRAPPER_FIELDS, _ADDITIONAL_PROPERTIES_FIELD)
    return [name for name in fields_by_wire if name not in hidden]


def property_schema(python_name: str, info: Any, facts: ModelSourceFacts) -> Schema:
    """Schema of one property, with the facts only the model's source code knows."""
    schema = annotation_schema(info.annotation)
    if info.metadata:
        apply_metadata(schema, list(info.metadata))
    if python_name in facts.patterns:
        schema["pattern"] = facts.patterns[python_name]
    if python_name in facts.enums:
        schema["enum"] = facts.enums[python_name]
    extras: Schema = {}
    if python_name in facts.read_only:
        extras["readOnly"] = True
    if python_name in facts.nullable:
        extras["nullable"] = True
    description = normalise_description(info.description)
    if description:
        extras["description"] = description
    return merge_extras(schema, extras)


def merge_extras(schema: Schema, extras: Schema) -> Schema:
    """Add keywords to ``schema``; a bare ``$ref`` is wrapped in ``allOf`` first.

    In OpenAPI 3.0 siblings of ``$ref`` are ignored, which is why drf-spectacular itself
    writes ``allOf: [$ref]`` when a referenced property is readOnly, nullable or described.
    """
    if not extras:
        return schema
    if "$ref" in schema:
        schema = {
            "allOf": [{"$ref": schema["$ref"]}],
            **{k: v for k, v in schema.items() if k != "$ref"},
        }
    return {**schema, **extras}


def _set_description(schema: Schema, description: str | None) -> None:
    """Set ``description`` only when there is one, to keep the output free of nulls."""
    if description:
        schema["description"] = description
