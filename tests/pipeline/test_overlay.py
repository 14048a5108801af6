"""The overlay step: JSONPath selection, update, remove, and loud failure on a stale target."""

from __future__ import annotations

from typing import Any

import pytest

from scripts import overlay
from scripts.errors import PipelineError


def document() -> dict[str, Any]:
    return {
        "paths": {
            "/a/": {
                "get": {
                    "parameters": [
                        {"name": "format", "in": "query", "schema": {"type": "string"}},
                        {"name": "platform", "in": "query", "schema": {"type": "string"}},
                    ]
                }
            }
        }
    }


def run(actions: list[dict[str, Any]], doc: dict[str, Any]) -> list[str]:
    return overlay.apply(doc, {"overlay": "1.0.0", "actions": actions})


def test_update_merges_into_a_filtered_parameter() -> None:
    doc = document()
    run(
        [
            {
                "target": "$.paths['/a/'].get.parameters[?(@.name == 'format')].schema",
                "update": {"default": "json"},
            }
        ],
        doc,
    )
    params = doc["paths"]["/a/"]["get"]["parameters"]
    assert params[0]["schema"] == {"type": "string", "default": "json"}
    assert params[1]["schema"] == {"type": "string"}


def test_rfc_filter_syntax_and_remove() -> None:
    doc = document()
    run([{"target": "$.paths['/a/'].get.parameters[?@.name=='platform']", "remove": True}], doc)
    assert [p["name"] for p in doc["paths"]["/a/"]["get"]["parameters"]] == ["format"]


def test_wildcard_and_index() -> None:
    doc = document()
    assert overlay.select(doc, "$.paths[*].get.parameters[1].name") == ["platform"]


def test_a_target_that_selects_nothing_stops_the_run() -> None:
    with pytest.raises(PipelineError, match="selects nothing"):
        run([{"target": "$.paths['/gone/'].get", "update": {"x": 1}}], document())


def test_unsupported_syntax_is_named() -> None:
    with pytest.raises(PipelineError, match="unsupported JSONPath"):
        overlay.parse_path("$..name")


def test_a_path_through_a_scalar_selects_nothing() -> None:
    doc = {"paths": {"/a/": {"get": {"deprecated": True}}}}
    assert overlay.select(doc, "$.paths['/a/'].get.deprecated[*]") == []
    with pytest.raises(PipelineError, match="selects nothing"):
        run([{"target": "$.paths['/a/'].get.deprecated.x", "update": {"y": 1}}], doc)
