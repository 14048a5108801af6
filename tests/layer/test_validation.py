"""A 2xx body that does not fit its model is a ResponseValidationError, whatever is wrong:
malformed JSON, a missing required field, or a value of the wrong JSON type (the generated
parsers check primitives too: templates/property_templates/primitive_check.jinja).

The operation and the models are chosen by what they hold (tests/by_property.py), so the
checks hold for any API version."""

from __future__ import annotations

import datetime
import functools
import json
import logging
import uuid
from typing import Any

import fixtures
import httpx
import pytest
from by_property import call, first, group_method, list_of_models, model_of_200, number_property
from contract.spec import Operation

import ibl_client
from ibl_client import FieldError, ResponseValidationError, _validation, strict_parsing
from ibl_client._errors import RequestValidationError


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


# -- the helpers the generated parsers call, one by one -------------------------------------


def test_within_prefixes_the_inner_path_and_drops_the_generator_s_name() -> None:
    inner = FieldError(("results_item", "owner"), "an object", 3)
    moved = _validation.within(("results", 4), inner, drop="results_item")
    assert (moved.path, moved.expected, moved.value) == (("results", 4, "owner"), "an object", 3)
    kept = _validation.within("data", inner)  # no name to drop: the path is kept whole
    assert kept.path == ("data", "results_item", "owner")
    other = _validation.within("data", inner, drop="owner")
    assert other.path == ("data", "results_item", "owner")


def test_within_names_a_missing_key_and_any_other_error() -> None:
    missing = _validation.within(("owner",), KeyError("email"))
    assert str(missing) == "owner.email: required field missing"
    # The generator's own name for the value is its key: the value itself is missing.
    assert _validation.within("owner", KeyError("owner_type_0"), drop="owner_type_0").path == (
        "owner",
    )
    odd = _validation.within("when", ValueError("bad month"))
    assert str(odd) == "when: expected a valid value (ValueError: bad month), got null"
    assert _validation.within("n", KeyError(3)).expected == "a valid value (KeyError: 3)"
    assert _validation.within("n", KeyError()).path == ("n",)


def test_deeper_keeps_the_union_member_that_got_further() -> None:
    short = FieldError(("a",), "x")
    long = FieldError(("a", "b"), "x")
    same = FieldError(("c",), "x")
    assert _validation.deeper(None, short) is short
    assert _validation.deeper(short, long) is long
    assert _validation.deeper(long, short) is long
    assert _validation.deeper(short, same) is short  # a tie keeps the first


def test_an_unknown_enum_value_warns_once_per_enum_and_value(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_validation, "_warned", set())
    known = frozenset({"draft", "live"})
    caplog.set_level(logging.WARNING, logger="ibl_client")
    for path in ("status", "results[1].status", ""):
        assert _validation.unknown_enum_value(path, "archived", known, "Status") == "archived"
    assert _validation.unknown_enum_value("", "gone", known, "Status") == "gone"
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (
            logging.WARNING,
            "status: 'archived' is not one of the 2 values of Status this SDK knows; kept as "
            "it is (a newer API version may have added it; strict=True makes this an error)",
        ),
        (
            logging.WARNING,
            "Status: 'gone' is not one of the 2 values of Status this SDK knows; kept as it is "
            "(a newer API version may have added it; strict=True makes this an error)",
        ),
    ]


def test_warnings_stop_at_the_bound(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_validation, "_warned", set())
    monkeypatch.setattr(_validation, "_MAX_WARNED", 2)
    caplog.set_level(logging.WARNING, logger="ibl_client")
    for value in ("a", "b", "c"):
        _validation.unknown_enum_value("s", value, frozenset({"x"}), "E")
    assert len(caplog.records) == 2
    assert _validation._warned == {("E", "a"), ("E", "b")}


@pytest.mark.parametrize(
    ("value", "known", "strict", "known_only"),
    [
        ("archived", frozenset({"draft"}), True, False),
        ("archived", frozenset({"draft"}), False, True),
        (3, frozenset({"draft"}), False, False),  # not even the enum's type
        ("3", frozenset({1, 2}), False, False),
    ],
)
def test_an_unknown_enum_value_is_an_error_when_it_may_not_be_kept(
    value: object, known: frozenset[Any], strict: bool, known_only: bool
) -> None:
    with strict_parsing(strict), pytest.raises(FieldError) as caught:
        _validation.unknown_enum_value("status", value, known, "Status", known_only=known_only)
    assert caught.value.path == ("status",)
    assert caught.value.expected == f"one of {sorted(known)!r}"
    assert caught.value.value == value
    assert _validation.STRICT.get() is False  # strict_parsing restored it


class Owner:
    """A stand-in for a generated model: ``from_dict`` reads one required key."""

    def __init__(self, email: str) -> None:
        self.email = email

    @classmethod
    def from_dict(cls, value: Any) -> Owner:
        if not isinstance(value["email"], str):
            raise FieldError("email", "a string", value["email"])
        return cls(value["email"])


def test_nested_parses_a_mapping_takes_an_instance_and_refuses_the_rest() -> None:
    assert _validation.nested("owner", Owner, {"email": "a@b"}).email == "a@b"
    owner = Owner("x@y")
    assert _validation.nested("owner", Owner, owner) is owner
    with pytest.raises(FieldError) as missing:
        _validation.nested("owner", Owner, {})
    assert str(missing.value) == "owner.email: required field missing"
    with pytest.raises(FieldError) as wrong:
        _validation.nested("owner", Owner, {"email": 5})
    assert wrong.value.path == ("owner", "email")
    with pytest.raises(FieldError) as other:
        _validation.nested("owner", Owner, [1])
    assert str(other.value) == "owner: expected an object (Owner), got list [1]"


def test_dates_times_and_uuids() -> None:
    utc = datetime.timezone.utc
    expected = datetime.datetime(2026, 1, 31, 12, 30, tzinfo=utc)
    assert _validation.parse_datetime("at", "2026-01-31T12:30:00Z") == expected
    assert _validation.parse_datetime("at", "2026-01-31t12:30:00z") == expected
    assert _validation.parse_date("on", "2026-01-31") == datetime.date(2026, 1, 31)
    text = "12345678-1234-5678-1234-567812345678"
    assert _validation.parse_uuid("id", text) == uuid.UUID(text)
    for parse, expected_text in [
        (_validation.parse_datetime, "an ISO 8601 date-time string"),
        (_validation.parse_date, "an ISO 8601 date string"),
        (_validation.parse_uuid, "a UUID string"),
    ]:
        for bad in ("not-a-value", 20260131):
            with pytest.raises(FieldError) as caught:
                parse("f", bad)
            assert (caught.value.path, caught.value.expected, caught.value.value) == (
                ("f",),
                expected_text,
                bad,
            )


class Course:
    """A stand-in for a generated request model: keeps the JSON it was given."""

    def __init__(self, value: Any) -> None:
        self.value = value

    @classmethod
    def from_dict(cls, value: Any) -> Course:
        if "name" not in value:
            raise KeyError("name")
        return cls(value)

    def to_dict(self) -> dict[str, Any]:
        return {"nested": True}


def test_a_request_body_is_taken_as_json_values() -> None:
    when = datetime.datetime(2026, 1, 31, 12, 30, tzinfo=datetime.timezone.utc)
    ident = uuid.UUID(int=5)
    body = {
        "name": "n",
        "when": when,
        "on": datetime.date(2026, 2, 1),
        "ids": (ident, 2),
        "inner": {"model": Course({})},
    }
    parsed = _validation.request_body("courses_create", Course, body)
    assert parsed.value == {
        "name": "n",
        "when": "2026-01-31T12:30:00+00:00",
        "on": "2026-02-01",
        "ids": ["00000000-0000-0000-0000-000000000005", 2],
        "inner": {"model": {"nested": True}},
    }


def test_a_request_body_that_does_not_fit_names_the_field() -> None:
    with pytest.raises(RequestValidationError) as caught:
        _validation.request_body("courses_create", Course, {"title": "t"})
    assert str(caught.value) == (
        "courses_create: the body does not fit Course: name: required field missing"
    )
    assert (caught.value.operation_id, caught.value.path) == ("courses_create", "name")
