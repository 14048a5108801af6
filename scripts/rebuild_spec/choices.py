"""Give choice fields that allow a blank or null back the ``oneOf`` drf-spectacular wrote.

drf-spectacular describes such a field as ``oneOf: [XEnum, BlankEnum, NullEnum]`` (``BlankEnum``
when ``""`` is allowed, ``NullEnum`` and ``nullable: true`` when ``null`` is). The generator
behind the 3.x wheels kept that as a wrapper model (``MentorSettingsMentorVisibility``); the one
behind the 4.x wheels merges the members into one inline string enum, with ``""`` still among
its values but ``null`` dropped. Rebuilt literally, that is ``{type: string, enum: [..., ""],
nullable: true}``, and a client generated from it (openapi-python-client) rejects the ``null``
the server sends. This pass finds such merged enums and writes the ``oneOf`` again, pointing at
the ``XEnum`` component the wheel still exports. Runs in the parent process, on plain dicts.
"""

from __future__ import annotations

import re
from typing import Any

Schema = dict[str, Any]

BLANK_ENUM = "BlankEnum"
NULL_ENUM = "NullEnum"
_REF_PREFIX = "#/components/schemas/"
# The values drf-spectacular moves out of a choice set into BlankEnum and NullEnum.
_BLANK_AND_NULL = ("", None)
# drf-spectacular removes these before naming an enum after its component.
_COMPONENT_AFFIXES = re.compile(r"^Patched|Request$")


def restore_choice_unions(schemas: dict[str, Schema]) -> list[str]:
    """Rewrite merged blank/null choice enums of every component property, in place.

    Returns ``Component.property`` for each property rewritten, for the caller to report.
    """
    rewritten = []
    for component_name, component in schemas.items():
        properties = component.get("properties", {})
        for name, schema in properties.items():
            if is_merged_choice(schema):
                properties[name] = choice_union(schema, component_name, name, schemas)
                rewritten.append(f"{component_name}.{name}")
    return rewritten


def is_merged_choice(schema: Schema) -> bool:
    """An inline enum that allows ``""`` or is nullable: only a merged oneOf gives one.

    drf-spectacular moves every choice set of a property into a component, so an inline
    enum on a property is never what it wrote; with neither ``""`` nor ``nullable`` the
    generator had kept the plain ``$ref`` and there is nothing to undo.
    """
    values = schema.get("enum")
    if not isinstance(values, list):
        return False
    return "" in values or bool(schema.get("nullable"))


def choice_union(schema: Schema, component: str, prop: str, schemas: dict[str, Schema]) -> Schema:
    """``{type, enum: [a, b, ""], nullable}`` -> ``{oneOf: [XEnum, BlankEnum, NullEnum], ...}``.

    The keywords the choice set did not own (``readOnly``, ``nullable``, ``description``) stay
    on the property, as drf-spectacular leaves them.
    """
    values = [value for value in schema["enum"] if value not in _BLANK_AND_NULL]
    members = [_choice_member(schema, values, component, prop, schemas)]
    if "" in schema["enum"]:
        members.append(_component_or_inline(BLANK_ENUM, {"enum": [""]}, schemas))
    if schema.get("nullable") or None in schema["enum"]:
        members.append(_component_or_inline(NULL_ENUM, {"enum": [None]}, schemas))
    rest = {key: value for key, value in schema.items() if key not in ("type", "enum")}
    if None in schema["enum"]:
        rest["nullable"] = True
    return {"oneOf": members, **rest}


def _choice_member(
    schema: Schema, values: list[Any], component: str, prop: str, schemas: dict[str, Schema]
) -> Schema:
    """A ``$ref`` to the enum component with exactly ``values``, else the set inline."""
    name = enum_component_for(values, component, prop, schemas)
    if name is not None:
        return {"$ref": _REF_PREFIX + name}
    inline: Schema = {"type": schema["type"]} if "type" in schema else {}
    return {**inline, "enum": values}


def _component_or_inline(name: str, schema: Schema, schemas: dict[str, Schema]) -> Schema:
    """A ``$ref`` to ``BlankEnum``/``NullEnum`` when the wheel exports it, else the schema."""
    return {"$ref": _REF_PREFIX + name} if name in schemas else schema


def enum_component_for(
    values: list[Any], component: str, prop: str, schemas: dict[str, Schema]
) -> str | None:
    """Name of the enum component with exactly ``values`` (in order), if there is one.

    Two components can share a choice set (``MentorVisibilityEnum`` and ``PromptVisibilityEnum``);
    the one named as drf-spectacular names a property's enum wins: ``<Prop>Enum``, then
    ``<Component><Prop>Enum``, then ``<Prop><hash>Enum``, then the first alphabetically.
    """
    candidates = sorted(
        name
        for name, schema in schemas.items()
        if schema.get("enum") == values and name not in (BLANK_ENUM, NULL_ENUM)
    )
    if not candidates:
        return None
    prop_name = camelize(prop)
    preferred = (
        f"{prop_name}Enum",
        f"{_COMPONENT_AFFIXES.sub('', component)}{prop_name}Enum",
    )

    def rank(name: str) -> tuple[int, str]:
        if name in preferred:
            return preferred.index(name), name
        if re.fullmatch(rf"{prop_name}\w{{3}}Enum", name):
            return len(preferred), name
        return len(preferred) + 1, name

    return min(candidates, key=rank)


def camelize(name: str) -> str:
    """``mentor_visibility`` -> ``MentorVisibility`` (inflection's ``camelize``, as used)."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))
