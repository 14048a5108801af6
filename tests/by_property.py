"""Operations and schemas of the description, chosen by what they are rather than by name.

Tests that need "a GET whose success has no schema" or "a multipart POST" find one here, in the
description exactly as the SDK was generated from it, so they hold for any API version.
"""

from __future__ import annotations

import functools
import importlib
import json
import typing
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import Any

import attrs
import fixtures
import httpx
from contract.args import FIELD_PREFIX, Call, build_call, module_name
from contract.spec import Operation, Spec
from openapi_python_client.strings import PythonIdentifier

from ibl_client import _decode
from ibl_client._log import secret_name

API_PACKAGE = "ibl_client.generated.api"
JSON = "application/json"
MULTIPART = "multipart/form-data"


def spec() -> Spec:
    """The description after the overlay and the normaliser: what the generator saw (prepared
    once for the session, in fixtures.py)."""
    return fixtures.spec()


def first(predicate: Callable[[Operation], bool], what: str) -> Operation:
    """The operation that fits with the fewest parameters (then by id): the simplest to call."""
    fitting = [op for op in spec().operations if predicate(op)]
    assert fitting, f"the description has no {what}"
    return min(fitting, key=lambda op: (len(op.parameters), op.operation_id))


def call(op: Operation, function_name: str = "asyncio") -> Call:
    built = build_call(spec(), op, API_PACKAGE, optional=False, function_name=function_name)
    assert built.error is None, built.error
    return built


def group_method(client: Any, op: Operation) -> Any:
    """``client.<tag>.<operation>``: the method users call."""
    tag, name = module_name(op).split(".")
    return getattr(getattr(client, tag), name)


def python_name(wire: str) -> str:
    return str(PythonIdentifier(wire, prefix=FIELD_PREFIX))


# --- what an operation is ------------------------------------------------------------------


def success_without_schema(op: Operation) -> bool:
    """A 200 declared with no schema ("No response body"), and no other success."""
    successes = [code for code in op.responses if code.startswith("2")]
    return successes == ["200"] and not _schema(op.responses["200"])


def body_media(op: Operation) -> str | None:
    content = (op.request_body or {}).get("content") or {}
    return next(iter(content), None)


def body_schema(op: Operation) -> Mapping[str, Any]:
    return spec().resolve(((op.request_body or {}).get("content") or {})[body_media(op)]["schema"])


def model_of_200(op: Operation) -> str | None:
    """The component a 200 JSON response refers to directly, if any."""
    ref = (_schema(op.responses.get("200") or {}) or {}).get("$ref", "")
    return ref.rsplit("/", 1)[-1] or None


def _schema(response: Mapping[str, Any]) -> Mapping[str, Any] | None:
    media = (response.get("content") or {}).get(JSON) or {}
    schema: Mapping[str, Any] | None = media.get("schema")
    return schema


# --- what a schema is ----------------------------------------------------------------------


def component(name: str) -> Mapping[str, Any]:
    schema: Mapping[str, Any] = spec().document["components"]["schemas"][name]
    return schema


def components() -> Iterator[tuple[str, Mapping[str, Any]]]:
    yield from spec().document["components"]["schemas"].items()


def ref_in(schema: Mapping[str, Any]) -> str | None:
    """The component a property refers to, directly or as the only reference of a composition."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    refs = [
        str(part["$ref"]).rsplit("/", 1)[-1]
        for key in ("allOf", "oneOf", "anyOf")
        for part in schema.get(key) or []
        if "$ref" in part
    ]
    return refs[0] if len(refs) == 1 else None


def plain_string(schema: Mapping[str, Any]) -> bool:
    """A string without format, enum or pattern: any other string fits it."""
    return schema.get("type") == "string" and not {"format", "enum", "pattern"} & set(schema)


def string_enum(schema: Mapping[str, Any]) -> bool:
    values = spec().resolve(schema).get("enum") or []
    return bool(values) and all(isinstance(v, str) and v for v in values)


# --- models chosen by what they hold -------------------------------------------------------


@attrs.frozen
class ListOfModels:
    """A GET whose 200 is an array of one model, chosen by what the model holds: two required
    plain strings, a required date-time and an optional nullable plain string (none of them
    named like a credential, whose value an error never shows)."""

    module: ModuleType
    item: dict[str, Any]  # required properties only, sampled from the description
    strings: tuple[str, str]
    date_time: str
    nullable: str

    @property
    def model(self) -> Any:
        """The items' model class (the operation's 200 is declared ``list[model]``)."""
        (model,) = typing.get_args(self.module.OPERATION.response_types[200])
        return model

    def parse(self, items: list[dict[str, Any]]) -> Any:
        body = json.dumps(items).encode()
        return _decode.parse(httpx.Response(200, content=body), self.module.OPERATION)


@functools.cache
def list_of_models() -> ListOfModels:
    spec = fixtures.spec()
    for op in sorted(spec.operations, key=lambda op: op.operation_id):
        media = ((op.responses.get("200") or {}).get("content") or {}).get("application/json")
        body = spec.resolve((media or {}).get("schema") or {})
        if op.method != "get" or body.get("type") != "array" or "$ref" not in body.get("items", {}):
            continue
        model = spec.resolve(body["items"])
        props = {name: spec.resolve(p) for name, p in (model.get("properties") or {}).items()}
        required = set(model.get("required") or ())
        strings = [
            n
            for n in sorted(required)
            if plain_string(props[n]) and not props[n].get("nullable") and not secret_name(n)
        ]
        times = [
            n
            for n in sorted(required)
            if props[n].get("format") == "date-time" and not props[n].get("nullable")
        ]
        nullable = [
            n
            for n in sorted(set(props) - required)
            if plain_string(props[n]) and props[n].get("nullable") and not secret_name(n)
        ]
        module = importlib.import_module(f"{API_PACKAGE}.{module_name(op)}")
        if len(strings) >= 2 and times and nullable and _decode._plan(module.OPERATION):
            item = fixtures.sample(body["items"])
            return ListOfModels(module, item, (strings[0], strings[1]), times[0], nullable[0])
    raise AssertionError("the description has no list of models with the properties wanted")


def number_property() -> tuple[Any, str]:
    """The first model (by name) with a required, non-nullable ``number`` property."""
    from ibl_client.generated import models

    spec = fixtures.spec()
    for name, schema in sorted(fixtures.prepared()["components"]["schemas"].items()):
        props = {p: spec.resolve(s) for p, s in (schema.get("properties") or {}).items()}
        for prop in sorted(schema.get("required") or ()):
            if props[prop].get("type") == "number" and not props[prop].get("nullable"):
                model = getattr(models, name, None)
                if model is not None and prop.isidentifier():
                    return model, prop
    raise AssertionError("the description has no model with a required number property")


# --- a call and a model for a smoke test -----------------------------------------------------


@attrs.frozen
class CountingCall:
    """A GET that takes no required parameter and answers a model with a required integer: the
    simplest call whose result shows a value sent by the server (``field`` of the model)."""

    op: Operation
    group: str  # the client's attribute: ``ibl.<group>.<method>()``
    method: str
    model: str  # the model's class name
    field: str  # the Python name of the required integer
    body: dict[str, Any]  # a 200 body sampled from the description, ``field`` set to ``value``
    value: int


@functools.cache
def counting_call(value: int = 7) -> CountingCall:
    def integer(op: Operation) -> str | None:
        name = model_of_200(op)
        if name is None or op.method != "get" or any(p.required for p in op.parameters):
            return None
        schema = spec().resolve(component(name))
        props = {n: spec().resolve(p) for n, p in (schema.get("properties") or {}).items()}
        wanted = [
            n
            for n in sorted(schema.get("required") or ())
            if props[n].get("type") == "integer" and not props[n].get("nullable")
        ]
        return wanted[0] if wanted and wanted[0].isidentifier() else None

    op = first(
        lambda o: integer(o) is not None,
        "GET without required parameters answering a model with a required integer",
    )
    wire, model = integer(op), model_of_200(op)
    assert wire is not None and model is not None
    group, method = module_name(op).split(".")
    body = {**fixtures.sample_body(model), wire: value}
    return CountingCall(op, group, method, model, python_name(wire), body, value)


@functools.cache
def date_time_model() -> tuple[str, str, dict[str, Any]]:
    """The first model (by name) with a required, non-nullable date-time property: its class
    name, the property's Python name, and a body sampled from the description."""
    from ibl_client.generated import models

    for name, schema in sorted(fixtures.prepared()["components"]["schemas"].items()):
        props = {p: spec().resolve(s) for p, s in (schema.get("properties") or {}).items()}
        for prop in sorted(schema.get("required") or ()):
            chosen = props[prop]
            fits = chosen.get("format") == "date-time" and not chosen.get("nullable")
            if fits and getattr(models, name, None) is not None and prop.isidentifier():
                return name, prop, fixtures.sample_body(name)
    raise AssertionError("the description has no model with a required date-time property")


@functools.cache
def nullable_model_property() -> tuple[ModuleType, dict[str, Any], str]:
    """The first operation (by id) whose 200 body is a model with a nullable property that is a
    model itself (one with properties): its operation module, a 200 body sampled with every
    property, and the property's name."""
    for op in sorted(spec().operations, key=lambda op: op.operation_id):
        schema = _schema(op.responses.get("200") or {})
        body = spec().resolve(schema or {})
        for name, prop in sorted((body.get("properties") or {}).items()):
            ref = ref_in(prop)
            if spec().resolve(prop).get("nullable") and ref and component(ref).get("properties"):
                module = importlib.import_module(f"{API_PACKAGE}.{module_name(op)}")
                return module, fixtures.sample(schema, optional=True), name
    raise AssertionError("the description has no 200 body with a nullable model property")


@functools.cache
def model_with_a_file() -> Any:
    """The first model (by name) with a binary property: a file, which no JSON type holds."""
    from ibl_client.generated import models

    for name, schema in sorted(fixtures.prepared()["components"]["schemas"].items()):
        props = (schema.get("properties") or {}).values()
        if any(spec().resolve(p).get("format") == "binary" for p in props):
            model = getattr(models, name, None)
            if model is not None:
                return model
    raise AssertionError("the description has no model with a binary property")


@functools.cache
def free_form_model() -> Any:
    """The first generated model (by name) that declares no property (a free-form object,
    every key of which is kept in ``additional_properties``)."""
    from ibl_client.generated import models

    for name in sorted(models.__all__):
        model = getattr(models, name)
        if attrs.has(model) and not any(field.init for field in attrs.fields(model)):
            return model
    raise AssertionError("the generated models have no free-form model")
