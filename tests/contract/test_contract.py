"""Every operation of openapi.yaml, called through the SDK against a Prism mock of itself.

``test_every_operation_honours_the_contract`` makes one call per operation, argument pass
(required parameters only, then every parameter) and documented 2xx status; the aggregated
report is printed at the end of the run and written to ``.cache/contract-report.json``.

The negative checks send values the description forbids and require the SDK either to
refuse them before sending or to raise its typed status error for Prism's 4xx; a silent send
fails.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pytest

from . import sdk
from .args import ArgumentError, build_kwargs, find_function, python_parameter_name
from .conftest import NEGATIVE_KEY, REPORT_KEY
from .prism import PrismServer, pinned_version
from .recording import CURRENT, Exchange, RecordingTransport
from .report import ContractReport, documented_gaps
from .runner import ContractRunner
from .spec import Operation, Parameter, Spec

CONCURRENCY = int(os.environ.get("IBL_CONTRACT_CONCURRENCY", "16"))


async def test_every_operation_honours_the_contract(
    contract_spec: Spec, prism_server: PrismServer, request: pytest.FixtureRequest
) -> None:
    started = time.monotonic()
    runner = ContractRunner(contract_spec, prism_server.url, CONCURRENCY)
    outcomes = await runner.run()
    report = ContractReport(
        spec_name=str(contract_spec.path),
        operations_total=len(contract_spec.operations),
        outcomes=outcomes,
        gaps=documented_gaps(),
        prism_version=pinned_version(),
        prism_startup_s=prism_server.startup_seconds,
        run_s=time.monotonic() - started,
        identical_passes=runner.identical_passes,
    )
    request.config.stash[REPORT_KEY] = report
    report.write_json()
    assert report.ok, "contract broken:\n" + "\n".join(report.lines(limit=10))


# --- negative checks ---------------------------------------------------------------------


@dataclass
class Attempt:
    sent: bool
    status: int | None
    raised: BaseException | None
    returned: Any = None


async def attempt(
    prism: PrismServer, function: Callable[..., Any], kwargs: dict[str, Any]
) -> Attempt:
    """Call the parse-or-raise ``asyncio`` variant and note whether a request went out."""
    transport = RecordingTransport()
    client = sdk.make_client(prism.url, transport)
    exchange = Exchange()
    token = CURRENT.set(exchange)
    try:
        returned = await asyncio.wait_for(function(client=client, **kwargs), 60)
        raised: BaseException | None = None
    except Exception as exc:
        returned, raised = None, exc
    finally:
        CURRENT.reset(token)
        await sdk.close_client(client)
        await transport.aclose()
    response = exchange.response
    return Attempt(
        exchange.sent, response.status_code if response is not None else None, raised, returned
    )


def judge(request: pytest.FixtureRequest, case: str, label: str, result: Attempt) -> None:
    """Refused before sending, or sent and surfaced as the typed status error; else fail."""
    findings = request.config.stash.setdefault(NEGATIVE_KEY, [])
    error_type = sdk.status_error_type()
    if not result.sent:
        assert result.raised is not None
        findings.append(
            f"{case}: {label}: refused before sending "
            f"({type(result.raised).__name__}: {str(result.raised)[:120]})"
        )
        return
    if isinstance(result.raised, error_type) and result.status and 400 <= result.status < 500:
        findings.append(
            f"{case}: {label}: sent; Prism's {result.status} raised {type(result.raised).__name__}"
        )
        return
    if result.raised is None:
        verdict = (
            f"SENT SILENTLY: Prism answered {result.status}, call returned {result.returned!r:.80}"
        )
    else:
        verdict = (
            f"sent; Prism answered {result.status}; raised {type(result.raised).__name__}"
            f" ({str(result.raised)[:120]}) instead of {error_type.__name__}"
        )
    findings.append(f"{case}: {label}: {verdict}")
    pytest.fail(f"{case} on {label}: {verdict}", pytrace=False)


def candidates(spec: Spec, accept: Callable[[Operation], Any]) -> Iterator[tuple[Operation, Any]]:
    for operation in spec.operations:
        found = accept(operation)
        if found is not None:
            yield operation, found


def first_buildable(
    spec: Spec, accept: Callable[[Operation], Any]
) -> tuple[Operation, Any, Callable[..., Any], dict[str, Any]]:
    """The first operation ``accept`` selects whose generated function and arguments exist."""
    for operation, found in candidates(spec, accept):
        try:
            function = find_function(operation, sdk.API_PACKAGE, "asyncio")
            kwargs = build_kwargs(spec, operation, function, optional=False)
        except (ArgumentError, TypeError, ValueError, KeyError):
            continue
        return operation, found, function, kwargs
    pytest.fail("no operation in the description fits this check: it has nothing to run on")


def _string_enum_query_parameter(spec: Spec) -> Callable[[Operation], Parameter | None]:
    def accept(operation: Operation) -> Parameter | None:
        for parameter in operation.parameters:
            schema = spec.resolve(parameter.schema)
            enum = schema.get("enum") if isinstance(schema, Mapping) else None
            if parameter.location == "query" and enum and all(isinstance(v, str) for v in enum):
                return parameter
        return None

    return accept


def _integer_path_parameter(spec: Spec) -> Callable[[Operation], Parameter | None]:
    def accept(operation: Operation) -> Parameter | None:
        for parameter in operation.parameters:
            schema = spec.resolve(parameter.schema)
            if parameter.location == "path" and schema.get("type") == "integer":
                return parameter
        return None

    return accept


def _json_body_min_length_property(spec: Spec) -> Callable[[Operation], str | None]:
    def accept(operation: Operation) -> str | None:
        body = operation.request_body
        content = (body or {}).get("content") or {}
        if not body or not body.get("required") or "application/json" not in content:
            return None
        schema = spec.resolve(content["application/json"].get("schema") or {})
        for name in schema.get("required", []):
            prop = spec.resolve((schema.get("properties") or {}).get(name, {}))
            if (
                prop.get("type") == "string"
                and int(prop.get("minLength", 0)) >= 2
                and not {"enum", "format", "pattern"} & set(prop)
            ):
                return str(name)
        for name in schema.get("required", []):
            prop = spec.resolve((schema.get("properties") or {}).get(name, {}))
            plain = not {"enum", "format", "pattern"} & set(prop)
            if prop.get("type") == "string" and int(prop.get("minLength", 0)) >= 1 and plain:
                return str(name)
        return None

    return accept


async def test_invalid_enum_value_is_never_sent_silently(
    contract_spec: Spec, prism_server: PrismServer, request: pytest.FixtureRequest
) -> None:
    operation, parameter, function, kwargs = first_buildable(
        contract_spec, _string_enum_query_parameter(contract_spec)
    )
    name = python_parameter_name(parameter, list(_signature_names(function)))
    assert name is not None
    kwargs[name] = "not-a-documented-choice"
    result = await attempt(prism_server, function, kwargs)
    judge(request, "invalid enum", f"{operation.label} {parameter.name}", result)


async def test_too_short_string_is_never_sent_silently(
    contract_spec: Spec, prism_server: PrismServer, request: pytest.FixtureRequest
) -> None:
    operation, prop, function, kwargs = first_buildable(
        contract_spec, _json_body_min_length_property(contract_spec)
    )
    body = kwargs["body"]
    schema = contract_spec.resolve(
        operation.request_body["content"]["application/json"]["schema"]  # type: ignore[index]
    )
    short = "x" * (int(schema["properties"][prop]["minLength"]) - 1)
    attribute = _attribute_for(body, prop)
    setattr(body, attribute, short)
    result = await attempt(prism_server, function, kwargs)
    judge(request, "too-short string", f"{operation.label} body.{prop}={short!r}", result)


async def test_wrong_type_path_parameter_is_never_sent_silently(
    contract_spec: Spec, prism_server: PrismServer, request: pytest.FixtureRequest
) -> None:
    operation, parameter, function, kwargs = first_buildable(
        contract_spec, _integer_path_parameter(contract_spec)
    )
    name = python_parameter_name(parameter, list(_signature_names(function)))
    assert name is not None
    kwargs[name] = "not-a-number"
    result = await attempt(prism_server, function, kwargs)
    judge(request, "wrong-type path parameter", f"{operation.label} {parameter.name}", result)


def _signature_names(function: Callable[..., Any]) -> Iterator[str]:
    import inspect

    yield from inspect.signature(function).parameters


def _attribute_for(model: Any, json_name: str) -> str:
    """The attrs attribute that serialises to ``json_name`` (snake-cased, maybe suffixed)."""
    from openapi_python_client.strings import PythonIdentifier

    attribute = PythonIdentifier(json_name, prefix="field_")
    if not hasattr(model, attribute):
        raise AssertionError(f"{type(model).__name__} has no attribute for {json_name!r}")
    return str(attribute)
