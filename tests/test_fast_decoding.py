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
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import msgspec
import pytest
from fixtures import find_operation, sample

from ibl_client import _decode
from ibl_client.generated.api.core import core_platform_api_tokens_list
from ibl_client.generated.models import PlatformApiKey

API = Path(_decode.__file__).parent / "generated" / "api"
KEY = {
    "username": "u",
    "name": "n",
    "key": "k",
    "platform_key": "p",
    "created": "2026-01-02T03:04:05Z",
    "expires": "2026-02-01T00:00:00.5+00:00",
}
TOKENS = core_platform_api_tokens_list.OPERATION


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


def parse_tokens(items: list[dict[str, Any]]) -> Any:
    return _decode.parse(httpx.Response(200, content=json.dumps(items).encode()), TOKENS)


def test_a_missing_optional_key_is_unset_and_an_explicit_null_is_none() -> None:
    from ibl_client.generated.types import UNSET

    absent, null = parse_tokens([KEY, {**KEY, "expires_in": None}])
    assert absent.expires_in is UNSET and null.expires_in is None
    assert absent.expires.microsecond == 500000 and absent.additional_properties == {}


def test_an_undeclared_key_is_kept_in_additional_properties() -> None:
    body = json.dumps([{**KEY, "new_field": [1, 2]}]).encode()
    with pytest.raises(msgspec.ValidationError, match="new_field"):
        fast_only(core_platform_api_tokens_list, 200, body)
    (parsed,) = parse_tokens([{**KEY, "new_field": [1, 2]}])
    assert parsed.additional_properties == {"new_field": [1, 2]}
    assert parsed == PlatformApiKey.from_dict({**KEY, "new_field": [1, 2]})


@pytest.mark.parametrize(
    ("item", "error"),
    [
        ({**KEY, "name": 5}, "response_200[0].name: expected a string, got int"),
        (
            {k: v for k, v in KEY.items() if k != "key"},
            "response_200[0].key: required field missing",
        ),
        ({**KEY, "expires_in": 5}, ""),
    ],
)
def test_a_body_that_does_not_fit_fails_with_the_generated_parsers_error(
    item: dict[str, Any], error: str
) -> None:
    with pytest.raises((TypeError, KeyError)) as caught:
        parse_tokens([item])
    assert error in str(caught.value)
    with pytest.raises((TypeError, KeyError)) as reference:  # the generated parser alone
        TOKENS.parse(httpx.Response(200, content=json.dumps([item]).encode()))
    assert (type(caught.value), str(caught.value)) == (type(reference.value), str(reference.value))


def test_a_json_integer_for_a_number_stays_an_integer_as_in_the_generated_parser() -> None:
    from ibl_client.generated.models import OvertimeMeta

    item = {"total": 1, "change_range_percent": 2, "change_last_seven_days_percent": 2.5}
    decoded = _decode._Builder().decoder(OvertimeMeta)(json.dumps(item).encode())
    assert decoded == OvertimeMeta.from_dict(item)
    assert type(decoded.change_range_percent) is int
    assert type(decoded.change_last_seven_days_percent) is float
    with pytest.raises(msgspec.ValidationError):  # a boolean is no number, for either parser
        _decode._Builder().decoder(OvertimeMeta)(b'{"total": 1, "change_range_percent": true}')


def test_malformed_json_fails_as_before() -> None:
    with pytest.raises(json.JSONDecodeError):
        _decode.parse(httpx.Response(200, content=b"[{"), TOKENS)


def test_a_model_s_converter_is_built_with_its_source_where_tracebacks_look() -> None:
    (item_type,) = typing.get_args(TOKENS.response_types[200])  # list[<the model>]
    _decode._plan(TOKENS)
    converter = _decode._MODELS[item_type][1]
    source = inspect.getsource(converter)
    assert source.startswith("def convert(s):") and "o = _new(_cls)" in source
    assert converter.__code__.co_filename.startswith(f"<ibl_client decoder {item_type.__name__} ")
