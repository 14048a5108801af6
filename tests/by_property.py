"""Operations and schemas of the description, chosen by what they are rather than by name.

Tests that need "a GET whose success has no schema" or "a multipart POST" find one here, in the
description exactly as the SDK was generated from it, so they hold for any API version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import fixtures
from contract.args import FIELD_PREFIX, Call, build_call, module_name
from contract.spec import Operation, Spec
from openapi_python_client.strings import PythonIdentifier

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
