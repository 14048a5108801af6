"""The suite's own building blocks, checked without Prism: values, violations, gaps."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from .report import documented_gaps
from .runner import prism_violations
from .spec import Spec
from .values import BINARY_PAYLOAD, SchemaSampler, string_for_pattern

SPEC = Spec(
    {
        "components": {
            "schemas": {
                "Kind": {"type": "string", "enum": ["", "course", "program"]},
                "Blank": {"enum": [""]},
                "Profile": {
                    "type": "object",
                    "required": ["bio"],
                    "properties": {
                        "bio": {"type": "string", "minLength": 12},
                        "site": {"type": "string", "format": "uri"},
                        "id": {"type": "integer", "readOnly": True},
                    },
                },
            }
        }
    }
)


@pytest.mark.parametrize(
    ("pattern", "low", "high"),
    [
        (r"^[-a-zA-Z0-9_]+$", 0, None),
        (r"^[\w.@+-]+$", 1, 150),
        (r"^-?\d{0,10}(?:\.\d{0,2})?$", 0, None),
        (r"^#(?:[0-9a-fA-F]{3}){1,2}$", 0, None),
        (r"^[^/]+$", 5, 10),
        (r"^\S+$", 3, None),
    ],
)
def test_pattern_strings_match_and_respect_length(pattern: str, low: int, high: int | None) -> None:
    value = string_for_pattern(pattern, low, high)
    assert value is not None
    assert re.search(pattern, value)
    assert low <= len(value) <= (high if high is not None else len(value))


def test_required_only_then_every_property() -> None:
    schema = {"$ref": "#/components/schemas/Profile"}
    assert SchemaSampler(SPEC).sample(schema) == {"bio": "valuexxxxxxx"}
    full = SchemaSampler(SPEC, optional=True).sample(schema)
    assert full == {"bio": "valuexxxxxxx", "site": "https://example.com/resource"}


def test_enums_skip_blank_choices_and_alternatives() -> None:
    sampler = SchemaSampler(SPEC)
    assert sampler.sample({"$ref": "#/components/schemas/Kind"}) == "course"
    one_of = {"oneOf": [{"$ref": "#/components/schemas/Blank"}, {"type": "integer"}]}
    assert sampler.sample(one_of) == 1


def test_numbers_formats_and_arrays() -> None:
    sampler = SchemaSampler(SPEC)
    assert sampler.sample({"type": "integer", "minimum": 7, "maximum": 9}) == 7
    assert sampler.sample({"type": "integer", "maximum": 0, "exclusiveMaximum": True}) == -1
    assert sampler.sample({"type": "number", "minimum": 2.5}) == 2.5
    assert sampler.sample({"type": "string", "format": "binary"}) == BINARY_PAYLOAD
    assert sampler.sample({"type": "string", "format": "date"}) == "2024-01-15"
    assert sampler.sample({"type": "array", "items": {"type": "boolean"}, "minItems": 2}) == [
        True,
        True,
    ]


def test_violations_from_header_and_problem_body() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/x")
    flagged = httpx.Response(
        200,
        headers={"sl-violations": '[{"location":["response","body","a"],"message":"bad"}]'},
        request=request,
    )
    assert prism_violations(flagged) == ([], ["response.body.a: bad"])
    rejected = httpx.Response(
        422,
        headers={"content-type": "application/problem+json"},
        json={
            "type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
            "validation": [{"location": ["query", "q"], "message": "too short"}],
        },
        request=request,
    )
    assert prism_violations(rejected) == (["query.q: too short"], [])


def test_documented_gaps_table(tmp_path: Path) -> None:
    doc = tmp_path / "contract.md"
    doc.write_text(
        "# x\n\n| `ignored_op` | elsewhere |\n\n## Documented gaps\n\n"
        "| operation | reason |\n| --- | --- |\n| `op_one` | 204 with a body |\n\n## Next\n"
    )
    assert documented_gaps(doc) == {"op_one": "204 with a body"}
