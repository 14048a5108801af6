"""A 2xx body that does not fit its model is a ResponseValidationError, whatever is wrong:
malformed JSON, a missing required field, or a value of the wrong JSON type (the generated
parsers check primitives too: templates/property_templates/primitive_check.jinja).

The operation and the models are chosen by what they hold (tests/by_property.py), so the
checks hold for any API version."""

from __future__ import annotations

import functools
import json
from typing import Any

import fixtures
import httpx
import pytest
from by_property import call, first, group_method, list_of_models, model_of_200, number_property
from contract.spec import Operation

import ibl_client
from ibl_client import ResponseValidationError


def required_integer(name: str) -> str | None:
    """A required, non-nullable integer property of the component, if it has one."""
    schema = fixtures.spec().resolve(fixtures.prepared()["components"]["schemas"][name])
    for prop in sorted(schema.get("required") or ()):
        value = fixtures.spec().resolve(schema["properties"][prop])
        if value.get("type") == "integer" and not value.get("nullable") and prop.isidentifier():
            return str(prop)
    return None


@functools.cache
def subject() -> tuple[Operation, str, dict[str, Any]]:
    """A GET whose 200 is a model with a required integer; the body, required fields only."""

    def fits(op: Operation) -> bool:
        model = model_of_200(op)
        return op.method == "get" and model is not None and required_integer(model) is not None

    op = first(fits, "GET whose 200 model has a required integer")
    model = model_of_200(op)
    assert model is not None
    integer = required_integer(model)
    assert integer is not None
    return op, integer, fixtures.sample_body(model)


def call_with_body(body: bytes) -> Any:
    op, _, _ = subject()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with ibl_client.Client(api_key="k", transport=transport) as ibl:
        return group_method(ibl, op)(**call(op, "sync").kwargs)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (None, "at {name}: required field missing"),
        ("12", "at {name}: expected an integer, got str '12'"),
        (True, "at {name}: expected an integer, got bool True"),
        ("null", "at {name}: expected an integer, got null"),
    ],
)
def test_a_body_that_does_not_fit_is_a_validation_error(value: Any, problem: str) -> None:
    _, integer, body = subject()
    wrong = {k: v for k, v in body.items() if k != integer}
    if value is not None:
        wrong[integer] = None if value == "null" else value
    sent = json.dumps(wrong).encode()
    with pytest.raises(ResponseValidationError) as caught:
        call_with_body(sent)
    assert problem.format(name=integer) in str(caught.value)
    assert caught.value.content == sent  # the raw body is kept


def test_malformed_json_is_a_validation_error() -> None:
    with pytest.raises(ResponseValidationError, match="JSONDecodeError"):
        call_with_body(b'{"a": ')


def test_a_body_that_fits_parses() -> None:
    _, integer, body = subject()
    parsed = call_with_body(json.dumps({**body, integer: 12}).encode())
    assert getattr(parsed, integer) == 12


def test_strings_numbers_and_nullable_strings_are_checked() -> None:
    chosen = list_of_models()
    model = type(chosen.parse([chosen.item])[0])
    name, nullable = chosen.strings[0], chosen.nullable
    assert getattr(model.from_dict({**chosen.item, nullable: None}), nullable) is None
    assert getattr(model.from_dict({**chosen.item, nullable: "text"}), nullable) == "text"
    with pytest.raises(TypeError, match=f"{name}: expected a string, got int"):
        model.from_dict({**chosen.item, name: 5})
    with pytest.raises(TypeError):  # nullable string: null or a string, nothing else
        model.from_dict({**chosen.item, nullable: 5})
    # A number accepts JSON integers and floats, not booleans.
    numbered, number = number_property()
    required = fixtures.sample_body(numbered.__name__)
    assert getattr(numbered.from_dict({**required, number: 2}), number) == 2
    with pytest.raises(TypeError, match=f"{number}: expected a number"):
        numbered.from_dict({**required, number: False})
