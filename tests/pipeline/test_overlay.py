"""The overlay step: JSONPath selection, update, remove, and loud failure on a stale target."""

from __future__ import annotations

import copy
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


# --- versions: which corrections hold for which description --------------------------------

DOCUMENTED = {"x-documented-for": "3.59.0-ai-plus", "x-api-versions": ">=3.59,<4"}
PLATFORM = "$.paths['/a/'].get.parameters[?(@.name == 'platform')].schema"
FORMAT = "$.paths['/a/'].get.parameters[?(@.name == 'format')].schema"


def described(version: str, *, rebuilt: str | None = None) -> dict[str, Any]:
    doc = document()
    doc["info"] = {"title": "t", "version": version}
    if rebuilt is not None:
        doc["x-rebuilt-from"] = {"package": "iblai", "version": rebuilt}
    return doc


def result(actions: list[dict[str, Any]], doc: dict[str, Any]) -> overlay.OverlayResult:
    return overlay.apply_overlay(doc, {"overlay": "1.0.0", "actions": actions})


def renamed(doc: dict[str, Any]) -> dict[str, Any]:
    """The 4.x change: `platform` became a required `platform_key`."""
    params = doc["paths"]["/a/"]["get"]["parameters"]
    params[1] = {
        "name": "platform_key",
        "in": "query",
        "required": True,
        "schema": {"type": "string"},
    }
    return doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3.59.0-ai-plus", (3, 59)),
        ("3.59", (3, 59)),
        ("v4.202.2", (4, 202, 2)),
        ("4", (4,)),
        ("3.66.0", (3, 66)),
        ("10.0.0.0", (10,)),
    ],
)
def test_versions_compare_numerically_ignoring_suffixes(
    text: str, expected: tuple[int, ...]
) -> None:
    assert overlay.parse_version(text) == expected


def test_version_comparison_is_numeric_not_textual() -> None:
    assert overlay.parse_version("3.100") > overlay.parse_version("3.66.0")
    assert overlay.parse_version("3.59.0-ai-plus") == overlay.parse_version("3.59")
    with pytest.raises(PipelineError, match="not a version"):
        overlay.parse_version("latest")


@pytest.mark.parametrize(
    ("spec", "inside", "outside"),
    [
        (">=3.59,<4", ["3.59", "3.59.0-ai-plus", "3.66.0", "3.999"], ["3.54.3", "4", "4.202.2"]),
        (">3.59, <=3.66", ["3.59.1", "3.66.0-ai-plus"], ["3.59.0", "3.66.1"]),
        ("==3.*", ["3", "3.0.1", "3.66.0"], ["4.0", "2.9"]),
        ("!=3.66.*", ["3.65.9", "3.67"], ["3.66", "3.66.4"]),
        ("3.59.0", ["3.59"], ["3.59.1"]),
    ],
)
def test_version_ranges(spec: str, inside: list[str], outside: list[str]) -> None:
    versions = overlay.VersionRange.parse(spec)
    assert [v for v in inside + outside if versions.contains(v)] == inside


@pytest.mark.parametrize("spec", ["", ">=", "~=3.1", ">=3.*", "3.59 4"])
def test_unreadable_ranges_are_named(spec: str) -> None:
    with pytest.raises(PipelineError, match=r"x-api-versions|not a version"):
        overlay.VersionRange.parse(spec)


def test_the_description_version_is_the_rebuilt_package_version_else_info() -> None:
    assert overlay.description_version(described("3.66.0-ai-plus", rebuilt="3.66.0")) == "3.66.0"
    assert overlay.description_version(described("4.202.2-ai-plus")) == "4.202.2-ai-plus"
    # The rebuilt-from version decides, whatever info.version says.
    doc = renamed(described("9.9.9", rebuilt="4.202.2"))
    lines = result([{"target": PLATFORM, "update": {"nullable": True}, **DOCUMENTED}], doc)
    assert lines.applied == []
    assert lines.not_applied[0].startswith("not applied to 4.202.2:")


def test_extensions_must_be_quoted_strings_and_consistent() -> None:
    with pytest.raises(PipelineError, match="action 1: x-api-versions must be a quoted string"):
        run([{"target": FORMAT, "update": {}, "x-api-versions": 3.59}], described("3.66.0"))
    with pytest.raises(PipelineError, match="outside its own x-api-versions"):
        run(
            [
                {
                    "target": FORMAT,
                    "update": {},
                    "x-documented-for": "3.59.0-ai-plus",
                    "x-api-versions": ">=4",
                }
            ],
            described("3.66.0"),
        )


def test_in_range_the_action_applies_as_written() -> None:
    doc = described("3.66.0-ai-plus", rebuilt="3.66.0")
    doc["paths"]["/a/"]["get"]["parameters"][0]["schema"]["default"] = "xml"
    outcome = result(
        [
            {"description": "platform nullable", "target": PLATFORM, "update": {"nullable": True}}
            | DOCUMENTED,
            {"description": "format json", "target": FORMAT, "update": {"default": "json"}}
            | DOCUMENTED,
        ],
        doc,
    )
    params = doc["paths"]["/a/"]["get"]["parameters"]
    assert params[1]["schema"] == {"type": "string", "nullable": True}
    assert params[0]["schema"]["default"] == "json"  # documented for this version: it wins
    assert outcome.applied == ["platform nullable (1 node(s))", "format json (1 node(s))"]
    assert outcome.not_applied == []


def test_in_range_a_target_that_is_gone_stops_the_run_with_what_is_there_and_ways_forward() -> None:
    doc = renamed(described("3.70.0-ai-plus"))
    action = {"description": "platform is 'string or null'", "target": PLATFORM}
    with pytest.raises(PipelineError) as raised:
        run([{"target": FORMAT, "update": {}}, action | DOCUMENTED | {"update": {"x": 1}}], doc)
    message = str(raised.value)
    assert "action 2 (\"platform is 'string or null'\") selects nothing" in message
    assert "3.70.0-ai-plus description" in message
    assert "documented for 3.59.0-ai-plus, x-api-versions '>=3.59,<4'" in message
    assert f"target: {PLATFORM}" in message
    assert (
        "now: GET /a/ has no parameter with name 'platform'; it now has parameters: "
        "format (query), platform_key (query, required); closest: platform_key"
    ) in message
    assert "retarget the action" in message
    assert (
        "narrow x-api-versions to the versions it was documented for (e.g. '>=3.59.0,<3.70.0')"
    ) in message
    assert "remove the action if the description now states the fact" in message
    assert "--no-overlay" in message


def test_a_gone_path_names_the_closest_paths_and_a_gone_key_the_keys_there() -> None:
    doc = described("3.66.0")
    doc["paths"]["/b/"] = {}
    with pytest.raises(PipelineError, match=r"now: there is no path /aa/; closest: /a/"):
        run([{"target": "$.paths['/aa/'].get", "update": {}}], doc)
    with pytest.raises(PipelineError) as raised:
        run([{"target": "$.paths['/a/'].get.parameters[0].schema.item", "update": {}}], doc)
    assert "now: GET /a/ parameters[name=format].schema has no 'item'; it has: type" in str(
        raised.value
    )
    # Without x-api-versions every version is in range, and nothing suggests a range that
    # would be empty.
    assert "e.g. '<3.66.0'" in str(raised.value)


def test_documented_for_this_very_version_suggests_no_narrowing() -> None:
    action = {"target": PLATFORM, "update": {"x": 1}} | DOCUMENTED
    with pytest.raises(PipelineError) as raised:
        run([action], renamed(described("3.59.0")))
    assert "narrow" not in str(raised.value)
    assert "retarget the action" in str(raised.value)


def test_out_of_range_applied_where_the_description_is_silent() -> None:
    doc = described("4.202.2-ai-plus", rebuilt="4.202.2")
    outcome = result(
        [
            {"description": "format json", "target": FORMAT, "update": {"default": "json"}}
            | DOCUMENTED
        ],
        doc,
    )
    assert doc["paths"]["/a/"]["get"]["parameters"][0]["schema"]["default"] == "json"
    assert outcome.not_applied == []
    assert outcome.applied == [
        "format json (1 node(s); 4.202.2 is outside its versions, documented for "
        "3.59.0-ai-plus, x-api-versions '>=3.59,<4': applied where the description is silent)"
    ]


def test_out_of_range_a_gone_target_is_reported_not_applied_and_the_run_goes_on() -> None:
    doc = renamed(described("4.202.2-ai-plus", rebuilt="4.202.2"))
    before = copy.deepcopy(doc)
    outcome = result(
        [
            {
                "description": "platform is 'string or null'",
                "target": PLATFORM,
                "update": {"nullable": True},
            }
            | DOCUMENTED
        ],
        doc,
    )
    assert doc == before
    assert outcome.applied == []
    assert outcome.not_applied == [
        "not applied to 4.202.2: platform is 'string or null' (action 1, documented for "
        "3.59.0-ai-plus, x-api-versions '>=3.59,<4'); GET /a/ has no parameter with name "
        "'platform'; it now has parameters: format (query), platform_key (query, required); "
        "closest: platform_key, format"
    ]
    # apply() keeps its list of lines; the not-applied ones say so.
    lines = overlay.apply(
        renamed(described("4.202.2")),
        {
            "overlay": "1.0.0",
            "actions": [{"target": PLATFORM, "update": {"nullable": True}} | DOCUMENTED],
        },
    )
    assert len(lines) == 1 and lines[0].startswith(overlay.NOT_APPLIED)


def test_out_of_range_a_value_the_description_states_differently_wins_and_is_reported() -> None:
    doc = described("4.202.2")
    doc["paths"]["/a/"]["get"]["parameters"][0]["schema"] |= {"default": "xml", "minLength": 1}
    action = {"description": "format json", "target": FORMAT} | DOCUMENTED
    outcome = result(
        [action | {"update": {"default": "json", "minLength": 1, "nullable": False}}], doc
    )
    # The description's default stays; the key it is silent about is set; the equal one holds.
    assert doc["paths"]["/a/"]["get"]["parameters"][0]["schema"] == {
        "type": "string",
        "default": "xml",
        "minLength": 1,
        "nullable": False,
    }
    assert outcome.applied[0].startswith("format json (1 node(s); 4.202.2 is outside")
    assert outcome.not_applied == [
        "not applied to 4.202.2: format json (action 1, documented for 3.59.0-ai-plus, "
        "x-api-versions '>=3.59,<4'); the description now states: GET /a/ "
        'parameters[name=format].schema.default is "xml", not "json"'
    ]


def test_out_of_range_nested_updates_compare_leaf_by_leaf() -> None:
    doc: dict[str, Any] = {
        "info": {"version": "4.0"},
        "components": {"schemas": {"M": {"x-a": {"k": 1}}}},
    }
    outcome = result(
        [{"target": "$.components.schemas.M", "update": {"x-a": {"k": 2, "j": 3}}} | DOCUMENTED],
        doc,
    )
    assert doc["components"]["schemas"]["M"] == {"x-a": {"k": 1, "j": 3}}
    assert outcome.not_applied[0].endswith(
        "the description now states: components.schemas.M.x-a.k is 1, not 2"
    )


def test_out_of_range_a_value_already_stated_is_applied_as_holding() -> None:
    doc = described("4.0")
    doc["paths"]["/a/"]["get"]["parameters"][0]["schema"]["default"] = "json"
    outcome = result([{"target": FORMAT, "update": {"default": "json"}} | DOCUMENTED], doc)
    assert outcome.not_applied == []
    assert outcome.applied[0].endswith("applied the description states it too)")


def test_out_of_range_removal_is_never_applied_and_always_reported() -> None:
    remove = {"target": "$.paths['/a/'].get.parameters[?(@.name == 'platform')]", "remove": True}
    doc = described("3.54.3")  # below the range, too
    outcome = result([remove | DOCUMENTED], doc)
    assert len(doc["paths"]["/a/"]["get"]["parameters"]) == 2
    assert outcome.not_applied == [
        "not applied to 3.54.3: $.paths['/a/'].get.parameters[?(@.name == 'platform')] "
        "(action 1, documented for 3.59.0-ai-plus, x-api-versions '>=3.59,<4'); the "
        "description still has GET /a/ parameters[name=platform]"
    ]
    gone = result([remove | DOCUMENTED], renamed(described("4.1")))
    assert gone.not_applied[0].startswith("not applied to 4.1:")
    assert "has no parameter with name 'platform'" in gone.not_applied[0]


def test_an_unversioned_description_cannot_be_placed_in_a_range() -> None:
    doc = document()
    with pytest.raises(PipelineError, match="description's version cannot be compared"):
        run([{"target": FORMAT, "update": {"default": "json"}} | DOCUMENTED], doc)
    # Actions without x-api-versions need no version.
    assert run([{"target": FORMAT, "update": {"default": "json"}}], doc) == [
        "$.paths['/a/'].get.parameters[?(@.name == 'format')].schema (1 node(s))"
    ]
