"""The msgspec fast path (ibl_client/_decode.py) parses every body exactly as the generated parser.

Every operation whose 2xx body is a model (its descriptor's ``response_types``) gets a body sampled
from the description, with required properties only and with every property; both parsers must
give equal models, and the fast path must have taken it (not fallen back). A body the fast path
refuses must still give the generated parser's result or its error.
"""

from __future__ import annotations

import importlib
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from types import GenericAlias, ModuleType
from typing import Any

import attrs
import fixtures
import httpx
import msgspec
import pytest
from by_property import (
    free_form_model,
    list_of_models,
    model_with_a_file,
    nullable_model_property,
    number_property,
)
from fixtures import find_operation, sample

from ibl_client import _decode
from ibl_client._operation import Operation

API = Path(_decode.__file__).parent / "generated" / "api"


@pytest.fixture(autouse=True)
def fresh_decoders(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test builds the decoders it uses: decoders cached by an earlier test (or by anything
    else the process ran, as mutmut's forked runs inherit) would leave the building untested."""
    monkeypatch.setattr(_decode, "_PLANS", {})
    monkeypatch.setattr(_decode, "_MODELS", {})


def decoded_modules() -> list[ModuleType]:
    names = sorted(
        f"ibl_client.generated.api.{path.parent.name}.{path.stem}"
        for path in API.glob("*/*.py")
        if not path.name.startswith("_")
    )
    modules = [importlib.import_module(name) for name in names]
    return [module for module in modules if module.OPERATION.response_types]


def fast_only(module: ModuleType, status: int, body: bytes) -> Any:
    """The fast path's result, failing if it would have fallen back on the generated parser."""
    decode = _decode._plan(module.OPERATION).get(status)
    assert decode is not None, f"{module.OPERATION.id}: no fast path for {status}"
    return decode(body)


def test_every_declared_model_has_a_fast_path_that_parses_as_the_generated_parser() -> None:
    modules = decoded_modules()
    assert len(modules) > 1000  # (1,057 operations in API 4.202.2)
    compared = 0
    for module in modules:
        operation = find_operation(module.OPERATION.id)
        assert operation is not None
        for status in module.OPERATION.response_types:
            schema = operation.responses[str(status)]["content"]["application/json"]["schema"]
            for optional in (False, True):
                body = json.dumps(sample(schema, optional=optional)).encode()
                response = httpx.Response(status, content=body)
                expected = module._parse_response(response)
                assert fast_only(module, status, body) == expected, module.OPERATION.id
                assert _decode.parse(response, module.OPERATION) == expected
                compared += 1
    assert compared >= 2 * len(modules)


def test_a_missing_optional_key_is_unset_and_an_explicit_null_is_none() -> None:
    from ibl_client.generated.types import UNSET

    chosen = list_of_models()
    item = {**chosen.item, chosen.date_time: "2026-02-01T00:00:00.5+00:00"}
    absent, null = chosen.parse([item, {**item, chosen.nullable: None}])
    assert getattr(absent, chosen.nullable) is UNSET
    assert getattr(null, chosen.nullable) is None
    assert getattr(absent, chosen.date_time).microsecond == 500000
    assert absent.additional_properties == {}


def test_an_undeclared_key_is_kept_in_additional_properties() -> None:
    chosen = list_of_models()
    item = {**chosen.item, "new_field": [1, 2]}
    with pytest.raises(msgspec.ValidationError, match="new_field"):
        fast_only(chosen.module, 200, json.dumps([item]).encode())
    (parsed,) = chosen.parse([item])
    assert parsed.additional_properties == {"new_field": [1, 2]}
    assert parsed.to_dict()["new_field"] == [1, 2]  # and sent back


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ("wrong type", "response_200[0].{name}: expected a string, got int 5"),
        ("missing", "response_200[0].{name}: required field missing"),
        ("nullable wrong type", "response_200[0].{name}: expected a string or null, got int 5"),
    ],
)
def test_a_body_that_does_not_fit_fails_with_the_error_naming_the_field(
    change: str, error: str
) -> None:
    """The fast path refuses the body, and the error the caller gets names the field, its
    place in the body and the value (the generated parser's, which the fast path defers to)."""
    chosen = list_of_models()
    item = dict(chosen.item)
    name = chosen.nullable if change.startswith("nullable") else chosen.strings[0]
    if change == "missing":
        del item[name]
    else:
        item[name] = 5
    with pytest.raises(msgspec.ValidationError):
        fast_only(chosen.module, 200, json.dumps([item]).encode())
    with pytest.raises((TypeError, KeyError)) as caught:
        chosen.parse([item])
    assert str(caught.value) == error.format(name=name)


def test_a_json_integer_for_a_number_stays_an_integer_as_in_the_generated_parser() -> None:
    model, number = number_property()
    decode = _decode._Builder().decoder(model)
    required = fixtures.sample_body(model.__name__)
    for value, kind in ((2, int), (2.5, float)):
        body = {**required, number: value}
        decoded = decode(json.dumps(body).encode())
        assert decoded == model.from_dict(body)
        assert type(getattr(decoded, number)) is kind
    with pytest.raises(msgspec.ValidationError):  # a boolean is no number, for either parser
        decode(json.dumps({**required, number: True}).encode())
    with pytest.raises(TypeError, match=f"{number}: expected a number, got bool True"):
        model.from_dict({**required, number: True})


def test_malformed_json_fails_as_before() -> None:
    chosen = list_of_models()
    with pytest.raises(json.JSONDecodeError):
        _decode.parse(httpx.Response(200, content=b"[{"), chosen.module.OPERATION)


def test_a_model_s_converter_is_built_with_its_source_where_tracebacks_look() -> None:
    chosen = list_of_models()
    item_type = chosen.model
    _decode._plan(chosen.module.OPERATION)
    converter = _decode._MODELS[item_type][1]
    source = inspect.getsource(converter)
    assert source.startswith("def convert(s):") and "o = _new(_cls)" in source
    assert converter.__code__.co_filename.startswith(f"<ibl_client decoder {item_type.__name__} ")


def counted(operation: Operation[Any]) -> tuple[Operation[Any], list[httpx.Response]]:
    """``operation`` with its generated parser recording each response it is given."""
    calls: list[httpx.Response] = []

    def parse(response: httpx.Response) -> Any:
        calls.append(response)
        return operation.parse(response)

    return attrs.evolve(operation, parse=parse), calls


def test_the_generated_parser_runs_only_for_a_body_the_fast_path_refuses() -> None:
    chosen = list_of_models()
    operation, calls = counted(chosen.module.OPERATION)
    fitting = httpx.Response(200, content=json.dumps([chosen.item]).encode())
    assert _decode.parse(fitting, operation) == chosen.module._parse_response(fitting)
    assert calls == []  # the fast path's whole point: the reference never ran
    undeclared = [{**chosen.item, "new_field": 1}]
    refused = httpx.Response(200, content=json.dumps(undeclared).encode())
    parsed = _decode.parse(refused, operation)
    assert calls == [refused]
    assert parsed is not None and parsed[0].additional_properties == {"new_field": 1}


@attrs.define
class _Thread:
    """A model holding models of its own kind (a comment's replies): the description has none
    today, and a schema may refer to itself in the next."""

    replies: list[_Thread]


#: Declared types the fast path cannot express: each keeps the generated parser.
NOT_EXPRESSED: dict[str, Callable[[], Any]] = {
    "a model with a file": lambda: model_with_a_file(),
    "a union of two models": lambda: number_property()[0] | list_of_models().model,
    "a model or a list of models": lambda: (
        number_property()[0] | GenericAlias(list, list_of_models().model)
    ),
    "a model that refers to itself": lambda: _Thread,
    "bytes, no JSON type": lambda: bytes,
    "an array of unique items": lambda: set[str],
}


@pytest.mark.parametrize("kind", NOT_EXPRESSED)
def test_a_type_the_fast_path_cannot_express_keeps_the_generated_parser(kind: str) -> None:
    reference = object()
    calls: list[httpx.Response] = []

    def parse(response: httpx.Response) -> object:
        calls.append(response)
        return reference

    declared = NOT_EXPRESSED[kind]()
    operation = Operation("not_expressed", "get", "/", parse, {200: declared})
    assert _decode._plan(operation) == {}
    response = httpx.Response(200, content=b"{}")
    assert _decode.parse(response, operation) is reference
    assert calls == [response]


def test_a_null_for_a_nullable_model_property_is_none_as_in_the_generated_parser() -> None:
    module, body, name = nullable_model_property()
    for value in (body[name], None):
        content = json.dumps({**body, name: value}).encode()
        expected = module._parse_response(httpx.Response(200, content=content))
        assert fast_only(module, 200, content) == expected
    assert getattr(expected, name) is None


@pytest.mark.parametrize("model", [lambda: list_of_models().model, free_form_model])
def test_a_model_is_built_once_for_every_type_that_holds_it(model: Any) -> None:
    chosen = model()
    _decode._Builder().decoder(chosen)
    twin, convert = built = _decode._MODELS[chosen]
    _decode._Builder().decoder(GenericAlias(list, chosen))  # another operation's, say
    assert _decode._MODELS[chosen] is built
    assert callable(convert) and twin is not None
