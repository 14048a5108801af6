"""Each difference between the generators behind the 3.x and 4.x wheels, on small stand-ins.

``wheel_3x`` and ``wheel_4x`` reproduce, in a few classes, how each generator wrote the same
drf-spectacular schema; the rebuild of both must be what drf-spectacular wrote (or, for 3.x,
what the committed 3.66.0 rebuild has, which must not change).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, cast

import pytest
import yaml  # type: ignore[import-untyped]  # no types-PyYAML in the dev extras

from scripts.rebuild_spec.choices import enum_component_for, restore_choice_unions
from scripts.rebuild_spec.components import component_schema
from scripts.rebuild_spec.document import build_document
from scripts.rebuild_spec.operations import tag_for_class_name
from tests.rebuild import wheel_3x, wheel_4x

DATA = Path(__file__).resolve().parents[1] / "data"
REF = "#/components/schemas/"


def ref(name: str) -> dict[str, str]:
    """A reference to a component schema."""
    return {"$ref": REF + name}


def rebuilt_schemas(module: ModuleType) -> dict[str, Any]:
    """``components.schemas`` rebuilt from the classes a stand-in module defines."""
    classes = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and value.__module__ == module.__name__
    ]
    facts = {
        "info": {"title": "t", "version": "1", "description": ""},
        "tags": [],
        "schemas": {cls.__name__: component_schema(cls) for cls in classes},
        "operations": [],
    }
    schemas: dict[str, Any] = build_document(facts, "0")["components"]["schemas"]
    return schemas


# --- NullEnum -----------------------------------------------------------------------------


def test_4x_member_less_null_enum_is_drf_spectacular_null_only_enum() -> None:
    assert rebuilt_schemas(wheel_4x)["NullEnum"] == {"enum": [None]}


def test_3x_null_enum_keeps_its_string_value() -> None:
    # Unreferenced in every 3.x release; the 3.66.0 rebuild must stay byte-identical.
    assert rebuilt_schemas(wheel_3x)["NullEnum"] == {"type": "string", "enum": ["null"]}


def test_null_only_enum_is_valid_openapi_3_0() -> None:
    from openapi_spec_validator import validate

    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": rebuilt_schemas(wheel_4x)},
    }
    validate(cast("Mapping[Hashable, Any]", document))


# --- choice fields allowing blank or null -------------------------------------------------


def test_4x_nullable_blank_choice_becomes_one_of_with_blank_and_null_enums() -> None:
    visibility = rebuilt_schemas(wheel_4x)["Setting"]["properties"]["visibility"]
    assert visibility == {
        "oneOf": [ref("VisibilityEnum"), ref("BlankEnum"), ref("NullEnum")],
        "nullable": True,
    }


def test_4x_read_only_nullable_choice_keeps_read_only_and_description() -> None:
    kind = rebuilt_schemas(wheel_4x)["Setting"]["properties"]["kind"]
    assert kind == {
        "oneOf": [ref("Kind3daEnum"), ref("NullEnum")],
        "readOnly": True,
        "nullable": True,
        "description": "Pick a kind.",
    }


def test_4x_blank_choice_without_a_component_keeps_its_values_inline() -> None:
    status = rebuilt_schemas(wheel_4x)["Setting"]["properties"]["status"]
    assert status == {"oneOf": [{"type": "string", "enum": ["new", "done"]}, ref("BlankEnum")]}


def test_nullable_plain_string_is_untouched() -> None:
    label = rebuilt_schemas(wheel_4x)["Setting"]["properties"]["label"]
    assert label == {"type": "string", "nullable": True}


def test_3x_wrapper_is_rebuilt_as_before() -> None:
    schemas = rebuilt_schemas(wheel_3x)
    assert schemas["Setting"]["properties"]["visibility"] == {
        "allOf": [ref("SettingVisibility")],
        "nullable": True,
    }
    assert schemas["SettingVisibility"] == {"oneOf": [ref("VisibilityEnum"), ref("BlankEnum")]}


def test_plain_choice_enum_is_no_merged_one() -> None:
    schemas: dict[str, Any] = {
        "Thing": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["a"]}}},
        "KindEnum": {"type": "string", "enum": ["a"]},
    }
    assert restore_choice_unions(schemas) == []
    assert schemas["Thing"]["properties"]["kind"] == {"type": "string", "enum": ["a"]}


def test_merged_choice_without_blank_and_null_components_inlines_them() -> None:
    schemas: dict[str, Any] = {
        "Thing": {
            "type": "object",
            "properties": {"kind": {"type": "string", "enum": ["a", ""], "nullable": True}},
        },
    }
    assert restore_choice_unions(schemas) == ["Thing.kind"]
    assert schemas["Thing"]["properties"]["kind"] == {
        "oneOf": [{"type": "string", "enum": ["a"]}, {"enum": [""]}, {"enum": [None]}],
        "nullable": True,
    }


@pytest.mark.parametrize(
    ("names", "component", "prop", "expected"),
    [
        # <Prop>Enum first: mentor_visibility -> MentorVisibilityEnum, not PromptVisibilityEnum.
        (["PromptVisibilityEnum", "MentorVisibilityEnum"], "Prompt", "mentor_visibility",
         "MentorVisibilityEnum"),
        # then <Component><Prop>Enum, without the Patched/Request drf-spectacular strips.
        (["AEnum", "DataStatusEnum"], "PatchedData", "status", "DataStatusEnum"),
        (["AEnum", "DataStatusEnum"], "DataRequest", "status", "DataStatusEnum"),
        # then <Prop><hash>Enum, then the first by name.
        (["AEnum", "Status3daEnum"], "Notification", "status", "Status3daEnum"),
        (["ZEnum", "AEnum"], "Notification", "status", "AEnum"),
        ([], "Notification", "status", None),
    ],
)  # fmt: skip
def test_enum_component_is_chosen_as_drf_spectacular_names_it(
    names: list[str], component: str, prop: str, expected: str | None
) -> None:
    schemas = {name: {"type": "string", "enum": ["x", "y"]} for name in names}
    schemas["OtherEnum"] = {"type": "string", "enum": ["y", "x"]}  # same values, other order
    assert enum_component_for(["x", "y"], component, prop, schemas) == expected


# --- tags from class names ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("class_name", "tag"),
    [
        ("FallbackLLMApi", "fallback-llm"),
        ("AIMentorApi", "ai-mentor"),
        ("SCIMUsersApi", "scim-users"),
        ("LLMApi", "llm"),
        ("AiAnalyticsApi", "ai-analytics"),
        ("MediaResourcesApi", "media-resources"),
        ("V2Api", "v2"),
        ("ScimApi", "scim"),
    ],
)
def test_tag_from_class_name_splits_acronym_runs_as_words(class_name: str, tag: str) -> None:
    assert tag_for_class_name(class_name) == tag


@pytest.mark.parametrize("release", ["3.54.3", "3.66.0"])
def test_3x_tags_come_back_from_their_class_names(release: str) -> None:
    # OpenAPI Generator names the class of tag "media-resources" MediaResourcesApi.
    tags = committed_tags(DATA / f"openapi-{release}.yaml")
    assert tags, release
    for tag in tags:
        class_name = "".join(word.capitalize() for word in tag.split("-")) + "Api"
        assert tag_for_class_name(class_name) == tag


def committed_tags(path: Path) -> list[str]:
    """The ``tags`` of a committed rebuild, parsing only the document's last keys (fast)."""
    text = path.read_text(encoding="utf-8")
    tail: dict[str, Any] = yaml.safe_load(text[text.rindex("\ntags:\n") :])
    return [tag["name"] for tag in tail["tags"]]
