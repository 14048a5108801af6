"""Test values derived from the description the SDK was generated from, so tests survive a bump.

Tests must not write model literals by hand: a body is sampled from its schema by the contract
suite's deterministic `SchemaSampler` (tests/contract/values.py: required properties only
unless `optional`, one item per array, `1` for an unbounded integer, `"value"` for a plain
string); an operation is found by what it is rather than by its name; and a version's facts
are recorded under that version (`for_version`). A check whose subject or facts the description
lacks fails, naming what to record or choose: skipping would switch it off silently after a bump.

`prepared()` is openapi.yaml validated, overlaid and normalised, the description the generator
saw, computed once a session (it takes seconds) and shared by every test module: read it, never
change it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, NoReturn, TypeVar

import pytest
from contract.spec import Operation, Spec
from contract.values import SchemaSampler

from scripts import generate, obtain, overlay

T = TypeVar("T")
SCHEMAS = "#/components/schemas/"


@functools.cache
def _prepare() -> tuple[dict[str, Any], list[str], dict[str, list[str]]]:
    return generate.prepare(obtain.from_file(generate.SPEC))


def prepared() -> dict[str, Any]:
    """The committed description as the SDK was generated from it (overlay and normaliser)."""
    return _prepare()[0]


def corrections() -> list[str]:
    """The overlay's report lines for the committed description (applied, then not applied)."""
    return list(_prepare()[1])


def normaliser_changes() -> dict[str, list[str]]:
    """What each normaliser rule changed in the committed description (rule -> places)."""
    return {rule: list(places) for rule, places in _prepare()[2].items()}


@functools.cache
def spec() -> Spec:
    return Spec(prepared())


def version() -> str:
    """The API version of the description (`x-rebuilt-from.version`, else `info.version`)."""
    return overlay.description_version(prepared())


def api_version() -> str:
    """`info.version`: what the SDK reports as `ibl_client.API_VERSION`."""
    return str(prepared()["info"]["version"])


def for_version(facts: Mapping[str, T], what: str) -> T:
    """The facts recorded for this description's version; a failure naming the gap if none are
    (after a bump a skip would leave the check silently off)."""
    current = version()
    if current not in facts:
        pytest.fail(
            f"record the facts for version {current}: no {what} recorded for it (recorded: "
            f"{', '.join(sorted(facts))}); check the figures for this version and record them "
            "beside the others",
            pytrace=False,
        )
    return facts[current]


def no_subject(what: str) -> NoReturn:
    """Fail: the description holds nothing this check can run on (after a bump, say). A skip
    would leave the check silently off; find a subject by property, or retire the check."""
    pytest.fail(f"API {version()} has no {what}: this check has nothing to run on", pytrace=False)


@functools.cache
def _operations() -> dict[str, Operation]:
    return {op.operation_id: op for op in spec().operations}


def find_operation(operation_id: str) -> Operation | None:
    return _operations().get(operation_id)


def operation(operation_id: str) -> Operation:
    """The operation, or a failure saying that this version of the API has none of that name."""
    found = find_operation(operation_id)
    if found is None:
        no_subject(f"operation {operation_id}")
    return found


def schema(name: str) -> Any:
    """A component schema by name, or a failure saying that this version has none of that name."""
    schemas = prepared()["components"]["schemas"]
    if name not in schemas:
        no_subject(f"schema {name}")
    return schemas[name]


def sample(schema: Any, *, optional: bool = False, for_request: bool = False) -> Any:
    """A valid JSON value for `schema`; a response value (no writeOnly fields) by default."""
    return SchemaSampler(spec(), optional=optional, for_request=for_request).sample(schema)


def sample_body(name: str, *, optional: bool = False, for_request: bool = False) -> Any:
    """A valid JSON value of the component schema `name`."""
    return sample({"$ref": SCHEMAS + name}, optional=optional, for_request=for_request)


def response_schema(operation_id: str, status: str = "200") -> Any:
    """The JSON schema of the operation's response with this status (a failure if none)."""
    op = operation(operation_id)
    content = (op.responses.get(status) or {}).get("content") or {}
    if "application/json" not in content:
        no_subject(f"JSON {status} response for {op.label}")
    return content["application/json"].get("schema") or {}


def sample_response(operation_id: str, status: str = "200", *, optional: bool = False) -> Any:
    """A valid JSON body of the operation's response with this status."""
    return sample(response_schema(operation_id, status), optional=optional)


def sample_item(operation_id: str, array: str, *, optional: bool = False) -> Any:
    """A valid item of the array property `array` of the operation's 200 body (a list's
    `results` or `data`), its schema named or inline."""
    body = spec().resolve(response_schema(operation_id))
    items = spec().resolve(body["properties"][array]).get("items") or {}
    return sample(items, optional=optional)
