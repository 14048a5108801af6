"""The normaliser's and templates' effects, checked on generated code (not on the description)."""

from __future__ import annotations

import importlib
import inspect
import io
import subprocess
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from ibl_client import _extras as extras
from scripts import codegen, generate, verify


def op(name: str) -> ModuleType:
    tag = "ai_analytics" if name.startswith("analytics") else "core"
    return importlib.import_module(f"minisdk.generated.api.{tag}.{name}")


def test_a_json_or_form_or_multipart_body_is_sent_as_json_and_stays_required(
    mini_sdk: ModuleType,
) -> None:
    module = op("core_orgs_items_create")
    from minisdk.generated.models import ItemRequest

    kwargs = module._get_kwargs("acme", body=ItemRequest(name="n"))
    assert kwargs["json"] == {"name": "n"}
    assert "files" not in kwargs and "data" not in kwargs
    for function in (module.sync, module.asyncio, module.sync_detailed, module.asyncio_detailed):
        body = inspect.signature(function).parameters["body"]
        assert body.default is inspect.Parameter.empty, function.__name__


def test_a_body_with_a_file_is_sent_as_multipart(mini_sdk: ModuleType) -> None:
    module = op("core_orgs_upload_create")
    from minisdk.generated.models import Upload
    from minisdk.generated.types import File

    body = Upload(file=File(payload=io.BytesIO(b"data"), file_name="a.txt"))
    kwargs = module._get_kwargs("acme", body=body)
    assert "files" in kwargs and "json" not in kwargs


def test_read_only_properties_are_neither_required_nor_sent(mini_sdk: ModuleType) -> None:
    from minisdk.generated.models import Item, ItemRequest

    fields = set(inspect.signature(ItemRequest).parameters)
    assert "id" not in fields and "created_at" not in fields
    assert "id" not in ItemRequest(name="n").to_dict()
    # The response model keeps them.
    assert {"id", "created_at"} <= set(inspect.signature(Item).parameters)


def test_renamed_parameters_follow_one_rule(mini_sdk: ModuleType) -> None:
    module = op("analytics_time_spent_user_retrieve")
    parameters = inspect.signature(module.asyncio).parameters
    assert "url_" in parameters and "format_" in parameters
    assert "url_query" not in parameters
    params = module._get_kwargs(url_="https://x", format_="json")["params"]
    assert params["url"] == "https://x" and params["format"] == "json"


def test_case_colliding_enum_values_are_all_accepted(mini_sdk: ModuleType) -> None:
    from minisdk.generated.models import visibility_enum

    assert set(typing.get_args(visibility_enum.VisibilityEnum)) >= {"true", "True"}
    assert visibility_enum.check_visibility_enum("True") == "True"


def test_importing_one_operation_loads_only_the_models_it_reaches(mini_sdk: ModuleType) -> None:
    parent = Path(mini_sdk.__file__).parent.parent
    code = (
        "import sys; import minisdk.generated.api.ai_analytics.analytics_time_spent_user_retrieve;"
        "print(sorted(m for m in sys.modules if m.startswith('minisdk.generated.models.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=parent, capture_output=True, text=True, check=True
    ).stdout
    assert "minisdk.generated.models.time_spent" in out
    assert "minisdk.generated.models.item" not in out


def test_tag_groups_are_client_attributes_with_full_signatures(mini_sdk: ModuleType) -> None:
    from minisdk.generated.api.core import AsyncCoreApi, CoreApi

    for method in (
        AsyncCoreApi.core_orgs_items_create,
        AsyncCoreApi.core_orgs_items_create_detailed,
        CoreApi.core_orgs_items_create,
        CoreApi.core_orgs_items_create_detailed,
    ):
        assert list(inspect.signature(method).parameters) == [
            "self",
            "org",
            "body",
            *extras.ARGUMENTS,
        ]
    assert inspect.iscoroutinefunction(AsyncCoreApi.core_orgs_items_create_detailed)
    assert not inspect.iscoroutinefunction(CoreApi.core_orgs_items_create)
    assert CoreApi.core_orgs_items_list_iter.__qualname__ == "CoreApi.core_orgs_items_list_iter"
    assert mini_sdk.AsyncClient.core is AsyncCoreApi  # on the class: the group's class


def test_a_group_is_built_once_per_client(mini_sdk: ModuleType) -> None:
    ibl = mini_sdk.AsyncClient(api_key="k")
    assert ibl.core is ibl.core
    assert ibl.with_options(timeout=5).core is not ibl.core
    with mini_sdk.Client(api_key="k") as sync_ibl:
        assert sync_ibl.analytics is sync_ibl.analytics


def test_importing_an_operation_does_not_execute_its_group(mini_sdk: ModuleType) -> None:
    parent = Path(mini_sdk.__file__).parent.parent
    code = (
        "import sys; import minisdk.generated.api.core.core_orgs_items_list;"
        "print(sorted(m for m in sys.modules if m.endswith('._group')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=parent, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
    from minisdk.generated.api.core import CoreApi

    assert CoreApi.__module__ == "minisdk.generated.api.core._group"


def test_every_generated_file_says_it_is_generated(mini_sdk: ModuleType) -> None:
    package = Path(mini_sdk.__file__).parent / "generated"
    modules = sorted(package.rglob("*.py"))
    assert len(modules) > 10
    for module in modules:
        first = module.read_text(encoding="utf-8").splitlines()[0]
        assert first == codegen.HEADER, module


def test_regeneration_is_byte_for_byte_identical(
    tmp_path: Path, mini_builder: Callable[[Path], Path]
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = mini_builder(tmp_path / "a")
    second = mini_builder(tmp_path / "b")
    assert verify.tree_differences(first / "generated", second / "generated") == []


def test_an_invalid_description_stops_the_run_and_touches_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mini_spec: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(mini_spec.read_text().replace("openapi: 3.0.3", "openapi: 3.0.3\nbogus: [", 1))
    target = tmp_path / "out"
    assert generate.main(["--file", str(bad), "--no-overlay", "--output", str(target)]) == 1
    assert "neither valid JSON nor valid YAML" in capsys.readouterr().err
    assert not target.exists()


def test_a_description_that_is_not_openapi_is_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mini_spec: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(mini_spec.read_text().replace("  /api/core/orgs/{org}/upload/:", "  nopath:", 1))
    assert (
        generate.main(["--file", str(bad), "--no-overlay", "--output", str(tmp_path / "out")]) == 1
    )
    assert "invalid OpenAPI" in capsys.readouterr().err


def test_an_operation_with_two_tags_is_a_method_of_both_groups_from_one_module(
    mini_sdk: ModuleType,
) -> None:
    package = Path(mini_sdk.__file__).parent / "generated" / "api"
    first = package / "ai_analytics" / "analytics_time_spent_user_retrieve.py"
    assert first.exists()
    assert not (package / "analytics" / "analytics_time_spent_user_retrieve.py").exists()
    from minisdk.generated.api.analytics import AnalyticsApi, AsyncAnalyticsApi

    source = inspect.getsource(AsyncAnalyticsApi)
    assert "from ..ai_analytics.analytics_time_spent_user_retrieve import asyncio" in source
    assert "analytics_time_spent_user_retrieve" in dir(AnalyticsApi)
    from minisdk.generated.api import TAGS

    assert {"ai_analytics", "analytics"} <= set(TAGS)


def test_an_operation_is_documented_once_and_its_other_forms_point_there(
    mini_sdk: ModuleType,
) -> None:
    from minisdk.generated.api.ai_analytics import AiAnalyticsApi, AsyncAiAnalyticsApi

    documented = AsyncAiAnalyticsApi.analytics_time_spent_user_retrieve
    doc = inspect.getdoc(documented) or ""
    assert doc.startswith("Get total time spent for current user")
    assert "``GET /api/analytics/time-spent/user/``" in doc
    assert "start_date: First day counted | inclusive (YYYY-MM-DD)" in doc
    assert "url_:" not in doc  # no description, nothing to say beyond the signature
    pointer = "See `AsyncAiAnalyticsApi.analytics_time_spent_user_retrieve`."
    module = op("analytics_time_spent_user_retrieve")
    for function in (module.asyncio, module.asyncio_detailed):
        assert inspect.getdoc(function) == pointer
    for function in (module.sync, module.sync_detailed):  # which says where the pointer is
        assert inspect.getdoc(function) == "The blocking twin of `asyncio_detailed`."
    assert "analytics_time_spent_user_retrieve" in (
        inspect.getdoc(AsyncAiAnalyticsApi.analytics_time_spent_user_retrieve_detailed) or ""
    )
    # The sync twin is the same operation: its whole documentation, not a pointer.
    assert inspect.getdoc(AiAnalyticsApi.analytics_time_spent_user_retrieve) == doc


def test_primitive_values_are_checked_and_null_passes_where_declared(mini_sdk: ModuleType) -> None:
    from minisdk.generated.models import Owner

    owner = Owner.from_dict({"id": 1, "username": "u", "karma": None, "nickname": None, "x": 1})
    assert (owner.karma, owner.nickname, owner["x"]) == (None, None, 1)
    assert owner.to_dict() == {"id": 1, "username": "u", "karma": None, "nickname": None, "x": 1}
    assert Owner.from_dict({"id": 1, "username": "u", "karma": 2}).karma == 2  # an int is a number
    assert "nickname" not in Owner.from_dict({"id": 1, "username": "u", "karma": 1.5}).to_dict()
    for body, message in [
        ({"id": True, "username": "u", "karma": 1}, "id: expected an integer, got bool"),
        ({"id": 1, "username": None, "karma": 1}, "username: expected a string, got null"),
        ({"id": 1, "username": "u", "karma": "1"}, "karma: expected a number or null, got str"),
        ({"id": 1, "username": "u", "karma": 1, "nickname": 5}, "nickname: expected a string or"),
    ]:
        with pytest.raises(TypeError, match=message):
            Owner.from_dict(body)
