"""The rebuilt nullable choice field keeps ``None`` in the SDK openapi-python-client generates.

The stand-in ``wheel_4x.Setting`` is rebuilt (as ``Setting``) and also written as the 4.x
wheel has it, one merged inline enum (as ``LiteralSetting``); both go through the pipeline's
generator (``scripts.generate``, no overlay) in one small description.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]  # no types-PyYAML in the dev extras

from scripts import generate
from scripts.rebuild_spec.components import component_schema
from tests.rebuild import wheel_4x
from tests.rebuild.test_rebuild_generator_styles import rebuilt_schemas

PACKAGE = "choicesdk"


def description() -> dict[str, Any]:
    """One GET per model, the rebuilt ``Setting`` and the 4.x wheel's literal shape."""
    schemas = rebuilt_schemas(wheel_4x)
    schemas["LiteralSetting"] = component_schema(wheel_4x.Setting)
    paths = {
        f"/api/core/{name.lower()}/": {
            "get": {
                "operationId": f"core_{name.lower()}_retrieve",
                "tags": ["core"],
                "responses": {
                    "200": {
                        "description": "",
                        "content": {
                            "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}
                        },
                    }
                },
            }
        }
        for name in ("Setting", "LiteralSetting")
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "choices", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated ``models`` package, importable for the module's tests."""
    parent = tmp_path_factory.mktemp("choices")
    source = parent / "openapi.yaml"
    source.write_text(yaml.safe_dump(description(), sort_keys=False), encoding="utf-8")
    output = parent / PACKAGE
    assert generate.main(["--file", str(source), "--no-overlay", "--output", str(output)]) == 0
    sys.path.insert(0, str(parent))
    try:
        yield importlib.import_module(f"{PACKAGE}.generated.models")
    finally:
        sys.path.remove(str(parent))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def annotation_members(model: type, field: str) -> set[str]:
    """The members of a field's ``A | B | None`` annotation, as written in the source."""
    annotation = inspect.signature(model).parameters[field].annotation
    return {member.strip() for member in str(annotation).split("|")}


def test_rebuilt_nullable_choice_accepts_none_blank_and_choices(models: ModuleType) -> None:
    setting = models.Setting
    assert {"None", "BlankEnum", "VisibilityEnum"} <= annotation_members(setting, "visibility")
    assert "None" in annotation_members(setting, "kind")
    assert setting.from_dict({"visibility": None, "kind": None}).visibility is None
    assert setting.from_dict({"visibility": ""}).visibility == ""
    assert setting.from_dict({"visibility": "anyone"}).visibility == "anyone"
    # A choice the client does not know is kept (forward compatibility); strict mode refuses it.
    assert setting.from_dict({"visibility": "nobody"}).visibility == "nobody"
    strict_parsing = importlib.import_module(f"{PACKAGE}._validation").strict_parsing
    with strict_parsing(True), pytest.raises((TypeError, ValueError)):
        setting.from_dict({"visibility": "nobody"})


def test_rebuilt_blank_only_choice_stays_non_nullable(models: ModuleType) -> None:
    assert "None" not in annotation_members(models.Setting, "status")


def test_the_4x_literal_shape_would_reject_null(models: ModuleType) -> None:
    # Why the rebuild rewrites it: openapi-python-client (0.29) ignores `nullable` on an enum
    # whose values lack null, so the server's null fails to parse.
    assert "None" not in annotation_members(models.LiteralSetting, "visibility")
    with pytest.raises((TypeError, ValueError)):
        models.LiteralSetting.from_dict({"visibility": None})
