"""A server ahead of the SDK: an enum value the SDK does not know is kept (and reported once),
unknown properties stay available, strict mode restores the errors; and every value that does
not fit names its path. Operations and models are chosen by what they are
(tests/by_property.py), with bodies sampled from the description."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import fixtures
import pytest
from by_property import (
    call,
    component,
    components,
    first,
    group_method,
    model_of_200,
    plain_string,
    python_name,
    ref_in,
    spec,
    string_enum,
)
from contract.spec import Operation
from layer.server import ScriptedServer, reply
from support.clients import client

import ibl_client
from ibl_client import FieldError, ResponseValidationError, _validation, strict_parsing
from ibl_client.generated import models


def sample(schema: Mapping[str, Any]) -> Any:
    return fixtures.sample(schema)


def required_properties(name: str) -> Mapping[str, Mapping[str, Any]]:
    schema = component(name)
    properties = schema.get("properties") or {}
    return {p: properties[p] for p in schema.get("required") or [] if p in properties}


def enum_field(op: Operation) -> str | None:
    """A required property of the GET's 200 model that is a string enum (not nullable)."""
    name = model_of_200(op)
    if op.method != "get" or name is None:
        return None
    for field, schema in required_properties(name).items():
        if string_enum(schema) and not schema.get("nullable") and "$ref" in schema:
            return field
    return None


def array_of_models_field(op: Operation) -> tuple[str, str] | None:
    """(array, item field): a required array of models whose items need a plain string."""
    name = model_of_200(op)
    if op.method != "get" or name is None:
        return None
    for field, schema in required_properties(name).items():
        item = ref_in(spec().resolve(schema).get("items") or {})
        if schema.get("type") == "array" and item is not None:
            for inner, inner_schema in required_properties(item).items():
                if plain_string(spec().resolve(inner_schema)):
                    return field, inner
    return None


async def test_an_unknown_enum_value_is_kept_and_reported_once(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Once" is once per process: start from a process that has warned of nothing yet (a
    # second run in one process, as mutmut makes, would otherwise find it already warned).
    monkeypatch.setattr(_validation, "_warned", set())
    op = first(lambda o: enum_field(o) is not None, "GET whose model has a string enum")
    field = enum_field(op)
    assert field is not None
    body = {**sample(component(model_of_200(op) or "")), field: "added-by-a-newer-server"}
    body["a_property_from_the_future"] = {"nested": [1]}
    server.default = reply(200, body)
    caplog.set_level(logging.WARNING, logger="ibl_client")
    async with client(server) as ibl:
        method = group_method(ibl, op)
        first_result = await method(**call(op).kwargs)
        await method(**call(op).kwargs)
    assert getattr(first_result, python_name(field)) == "added-by-a-newer-server"
    assert first_result["a_property_from_the_future"] == {"nested": [1]}  # unknown: kept
    warnings = [r for r in caplog.records if "added-by-a-newer-server" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].levelno == logging.WARNING
    assert field in warnings[0].getMessage()


async def test_strict_mode_makes_an_unknown_enum_value_an_error(server: ScriptedServer) -> None:
    op = first(lambda o: enum_field(o) is not None, "GET whose model has a string enum")
    field = enum_field(op)
    assert field is not None
    body = {**sample(component(model_of_200(op) or "")), field: "newer"}
    server.default = reply(200, body)
    async with client(server, strict=True) as ibl:
        with pytest.raises(ResponseValidationError) as caught:
            await group_method(ibl, op)(**call(op).kwargs)
        # with_options turns it off again; strict_parsing() turns it on for a block.
        lenient = ibl.with_options(strict=False)
        assert getattr(await group_method(lenient, op)(**call(op).kwargs), python_name(field))
    assert caught.value.path == field
    assert f"{field}: expected one of [" in str(caught.value)
    assert "got str 'newer'" in str(caught.value)
    model = getattr(models, model_of_200(op) or "")
    with strict_parsing(True), pytest.raises(FieldError, match=f"^{field}: expected one of"):
        model.from_dict(body)
    assert getattr(model.from_dict(body), python_name(field)) == "newer"


async def test_a_wrong_type_deep_in_an_array_names_its_path(server: ScriptedServer) -> None:
    op = first(lambda o: array_of_models_field(o) is not None, "GET with an array of models")
    found = array_of_models_field(op)
    assert found is not None
    array, inner = found
    body = sample(component(model_of_200(op) or ""))
    assert body[array], "the sampler gives one item at least"
    body[array][0][inner] = 12345
    server.then(reply(200, body))
    async with client(server) as ibl:
        with pytest.raises(ResponseValidationError) as caught:
            await group_method(ibl, op)(**call(op).kwargs)
    assert caught.value.path == f"{array}[0].{inner}"
    assert f"at {array}[0].{inner}: expected a string, got int 12345" in str(caught.value)


def union_with_model() -> tuple[str, str, str, str]:
    """(model, property, member model, its plain string field) for a property that is a
    union with a model member (drf-spectacular's nullable nested serializer)."""
    for name, schema in sorted(components()):
        for field, prop in sorted((schema.get("properties") or {}).items()):
            member = ref_in(prop) if "$ref" not in prop else None
            if member is None or not (prop.get("nullable") or {"oneOf", "anyOf"} & set(prop)):
                continue
            for inner, inner_schema in required_properties(member).items():
                if plain_string(spec().resolve(inner_schema)):
                    return name, field, member, inner
    raise AssertionError("the description has no union with a model member")


def test_a_wrong_type_deep_in_a_union_names_its_path() -> None:
    name, field, member, inner = union_with_model()
    model = getattr(models, name)
    value = {**sample(component(name)), field: {**sample(component(member)), inner: 12345}}
    with pytest.raises(FieldError) as caught:
        model.from_dict(value)
    assert caught.value.location == f"{field}.{inner}"
    assert str(caught.value) == f"{field}.{inner}: expected a string, got int 12345"
    # A value of a type no member takes names the union and what it accepts.
    with pytest.raises(FieldError, match=rf"^{field}: expected an object \({member}\)"):
        model.from_dict({**value, field: 7})
    assert model.from_dict({**value, field: None}) is not None


def test_strict_mode_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IBL_STRICT", "1")
    assert repr(ibl_client.Client(api_key="k")).count("strict=True") == 1
    assert "strict=False" in repr(ibl_client.Client(api_key="k", strict=False))
