"""SDK names (scripts/apidiff/sdk.py) are the generator's: checked against
openapi-python-client's own functions on every name in the real descriptions, and against
the generated tree for the operations in openapi.yaml."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ibl_client._extras import ARGUMENTS as PER_CALL_ARGUMENTS
from scripts.apidiff import sdk
from scripts.apidiff.operations import Operation, index_operations
from scripts.apidiff.parameters import parameters
from tests.apidiff.conftest import ROOT

SPECIAL = [
    "format",
    "type",
    "id",
    "self",
    "true",
    "datetime",
    "class",
    "_private",
    "1st",
    "getContentAnalytics",
    "fallback-l-l-m",
    "fallback-llm",
    "X-Org-Key",
    "credits",
    "CeleryHeartbeatFailStatusEnum",
]


def _names(doc: dict[str, Any]) -> Iterator[str]:
    """operationIds, tags and parameter names of a description."""
    for op in index_operations(doc).values():
        yield op.operation_id
        yield from op.tags
        yield from (name for _, name in parameters(doc, op))


def test_identifiers_and_class_names_are_the_generators(doc_3_66: dict[str, Any]) -> None:
    strings = pytest.importorskip("openapi_python_client.strings")
    names = {*SPECIAL, *_names(doc_3_66)}
    assert {n: sdk.python_identifier(n) for n in names} == {
        n: str(strings.PythonIdentifier(n, "field_")) for n in names
    }
    components = {*SPECIAL, *doc_3_66["components"]["schemas"]}
    assert {c: sdk.class_name(c) for c in components} == {
        c: str(strings.ClassName(c, "field_")) for c in components
    }


@pytest.mark.parametrize(
    ("parameters", "expected"),
    [
        ([("query", "format"), ("query", "type")], ["format_", "type_"]),
        ([("query", "url"), ("query", "client")], ["url_", "client_"]),  # scripts/codegen.py
        ([("path", "id"), ("query", "id")], ["id_path", "id_query"]),
        ([("query", "learnerId"), ("header", "X-Org")], ["learner_id", "x_org"]),
    ],
)
def test_argument_names(parameters: list[tuple[str, str]], expected: list[str]) -> None:
    assert list(sdk.argument_names(parameters).values()) == expected


def test_groups_follow_generate_all_tags(tmp_path: Path) -> None:
    tags = ("ai-analytics", "analytics")
    assert sdk.groups(tags) == ("ai_analytics",)
    assert sdk.groups(tags, all_tags=True) == ("ai_analytics", "analytics")
    config = tmp_path / "generator-config.yaml"
    assert not sdk.generate_all_tags(config)
    config.write_text("literal_enums: true\n")
    assert not sdk.generate_all_tags(config)
    config.write_text("generate_all_tags: true\n")
    assert sdk.generate_all_tags(config)


def _sample(doc: dict[str, Any]) -> list[Operation]:
    """Operations whose argument names differ from their wire names, and every 20th."""
    ops = list(index_operations(doc).values())
    renamed = [
        op
        for op in ops
        if any(
            name != python for (_, name), python in sdk.argument_names(parameters(doc, op)).items()
        )
    ]
    return list({op.key: op for op in [*renamed, *ops[::20]]}.values())


def _signature(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    function = next(
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed"
    )
    arguments = [*function.args.args, *function.args.kwonlyargs]
    # The per-call escape hatches every operation takes are the layer's, not the description's.
    return {a.arg for a in arguments} - {"client", "body", *PER_CALL_ARGUMENTS}


def test_names_match_the_generated_tree() -> None:
    from scripts.apidiff.__main__ import load_spec

    doc = load_spec(ROOT / "openapi.yaml")
    api = ROOT / "ibl_client" / "generated" / "api"
    sample = _sample(doc)
    assert len(sample) > 50
    for op in sample:
        module = api / sdk.module_folder(op.tags) / f"{op.sdk_method}.py"
        assert module.exists(), op.label
        expected = set(sdk.argument_names(parameters(doc, op)).values())
        assert _signature(module) == expected, op.label
