"""What the upgrade check (ibl_client/_upgrade/check.py) reports for the 3.66.0 service
upgraded to 4.202.2. Each expectation comes from the two descriptions read by hand
(conftest's helpers, no diff engine): the operation's path, parameters and schemas."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ibl_client._upgrade.check import Finding, findings
from ibl_client._upgrade.scan import Use
from tests.upgrade.conftest import (
    ALL_TAGS,
    expanded,
    find,
    has_operation_id,
    identical_operation,
    same_shape_exists,
    shape,
    uses_of,
)

Docs = tuple[dict[str, Any], dict[str, Any]]


@pytest.fixture(scope="module")
def docs(doc_3_66: dict[str, Any], doc_4_202: dict[str, Any]) -> Docs:
    return doc_3_66, doc_4_202


@pytest.fixture(scope="module")
def found(uses_3_66: list[Use], docs: Docs) -> list[Finding]:
    return findings(uses_3_66, *docs, all_tags=ALL_TAGS)


def of(found: list[Finding], use: Use) -> set[tuple[str, bool]]:
    return {(f.kind, f.breaking) for f in found if f.use == use}


def uses(uses_3_66: list[Use], name: str) -> Iterator[Use]:
    chosen = list(uses_of(uses_3_66, name))
    assert chosen, name
    return iter(chosen)


def test_a_removed_operation_breaks_each_use(
    uses_3_66: list[Use], docs: Docs, found: list[Finding]
) -> None:
    name = "ai_account_orgs_platform_metadata_list"
    old, new = docs
    method, path, _ = find(old, name)
    # 4.202.2 has no operation of that method at that path, under any parameter names.
    assert not same_shape_exists(new, method, path) and not has_operation_id(new, name)
    chosen = list(uses(uses_3_66, name))
    assert {u.kind for u in chosen} == {"method", "function"}  # a group call, an import, a call
    for use in chosen:
        assert of(found, use) == {("operation-removed", True)}, use


def test_a_renamed_path_parameter_and_a_retyped_one(
    uses_3_66: list[Use], docs: Docs, found: list[Finding]
) -> None:
    name = "credentials_orgs_users_assertions_retrieve"
    old, new = docs
    _, old_path, old_op = find(old, name)
    _, new_path, new_op = find(new, name)
    # By hand: {org} became {platform_key}; user_id went from string to integer; the rest of
    # the operation (responses, other parameters) is the same.
    assert new_path == old_path.replace("{org}", "{platform_key}") != old_path

    def user_id_type(doc: dict[str, Any], op: dict[str, Any]) -> str:
        (param,) = [p for p in expanded(doc, op["parameters"]) if p["name"] == "user_id"]
        return str(param["schema"]["type"])

    assert (user_id_type(old, old_op), user_id_type(new, new_op)) == ("string", "integer")

    def rest(doc: dict[str, Any], op: dict[str, Any]) -> Any:
        names = {"org", "platform_key", "user_id"}
        params = [p for p in expanded(doc, op["parameters"]) if p["name"] not in names]
        return params, expanded(doc, op["responses"])

    assert rest(old, old_op) == rest(new, new_op)
    (use,) = uses(uses_3_66, name)
    assert of(found, use) == {("path-parameter-renamed", True), ("parameter-type-changed", True)}
    texts = {f.text for f in found if f.use == use}
    assert texts == {"argument `org` renamed `platform_key`", "argument `user_id` str → int"}


def test_a_new_optional_query_parameter_is_a_change_not_a_break(
    uses_3_66: list[Use], docs: Docs, found: list[Finding]
) -> None:
    name = "ai_mentor_orgs_users_destroy"
    old, new = docs
    (_, old_path, old_op), (_, new_path, new_op) = find(old, name), find(new, name)
    assert old_path == new_path

    def params(doc: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], Any]:
        return {(p["in"], p["name"]): p for p in expanded(doc, op.get("parameters", []))}

    added = params(new, new_op).keys() - params(old, old_op).keys()
    assert added == {("query", "is_featured")}
    assert not params(new, new_op)[("query", "is_featured")].get("required")
    assert expanded(old, old_op["responses"]) == expanded(new, new_op["responses"])
    (use,) = uses(uses_3_66, name)
    assert use.code.endswith("ai_mentor_orgs_users_destroy_detailed(...)")
    assert {(f.kind, f.breaking, f.text) for f in found if f.use == use} == {
        ("parameter-added", False, "new optional argument `is_featured`")
    }


def test_an_operation_whose_operation_id_changed_is_a_renamed_method(
    uses_3_66: list[Use], docs: Docs, found: list[Finding]
) -> None:
    old, new = docs
    method, path, _ = find(old, "core_user_groups_retrieve")
    # The same endpoint is core_user_groups_retrieve2 in 4.202.2 (the old name went to
    # another operation at another path).
    assert find(new, "core_user_groups_retrieve2")[:2] == (method, path)
    assert shape(find(new, "core_user_groups_retrieve")[1]) != shape(path)
    (use,) = uses(uses_3_66, "core_user_groups_retrieve")
    renamed = [f for f in found if f.use == use and f.kind == "operation-id-changed"]
    assert [(f.breaking, f.text) for f in renamed] == [
        (
            True,
            "method `core_user_groups_retrieve` renamed `core_user_groups_retrieve2` "
            "(operationId changed)",
        )
    ]
    # Nothing about the other operation, the one that has the old name in 4.202.2.
    other = find(new, "core_user_groups_retrieve")[1]
    assert not [f.text for f in found if f.use == use and other in f.text]


@pytest.mark.parametrize(
    "name",
    ["ai_account_orgs_users_free_trial_retrieve", "ai_analytics_orgs_users_traces_list"],
)
def test_an_unchanged_operation_has_no_finding(
    name: str, uses_3_66: list[Use], docs: Docs, found: list[Finding]
) -> None:
    assert identical_operation(*docs, name)
    for use in uses(uses_3_66, name):
        assert of(found, use) == set(), use


def test_models(uses_3_66: list[Use], docs: Docs, found: list[Finding]) -> None:
    old, new = docs
    old_models, new_models = old["components"]["schemas"], new["components"]["schemas"]
    # IBLAIPlatformMeta is gone from 4.202.2.
    assert "IBLAIPlatformMeta" in old_models and "IBLAIPlatformMeta" not in new_models
    (removed,) = uses(uses_3_66, "IBLAIPlatformMeta")
    assert of(found, removed) == {("model-removed", True)}
    # ChatHistory loses document_sources (and keeps its other fields).
    gone = (
        old_models["ChatHistory"]["properties"].keys()
        - new_models["ChatHistory"]["properties"].keys()
    )
    assert gone == {"document_sources"}
    (chat,) = uses(uses_3_66, "ChatHistory")
    breaking = [f.text for f in found if f.use == chat and f.breaking]
    assert breaking and all(text.endswith("fields removed: document_sources") for text in breaking)
    # ActiveUsersData is the same, every schema it reaches expanded.
    same = "ActiveUsersData"
    assert expanded(old, old_models[same]) == expanded(new, new_models[same])
    (unchanged,) = uses(uses_3_66, same)
    assert of(found, unchanged) == set()


def test_only_uses_of_changed_operations_and_models_have_findings(
    uses_3_66: list[Use], docs: Docs, found: list[Finding]
) -> None:
    old, new = docs
    old_models, new_models = old["components"]["schemas"], new["components"]["schemas"]

    def unchanged(use: Use) -> bool:
        if use.kind == "model":
            return use.name in new_models and expanded(old, old_models[use.name]) == expanded(
                new, new_models[use.name]
            )
        return has_operation_id(new, use.name) and identical_operation(old, new, use.name)

    expected = {use for use in uses_3_66 if not unchanged(use)}
    assert {f.use for f in found} == expected
    assert len(expected) < len(uses_3_66)  # some are unchanged: the check is not vacuous
