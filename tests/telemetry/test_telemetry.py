"""ibl_client.telemetry: a span per call, read back from the OpenTelemetry SDK's in-memory
exporter, for calls to a real loopback server (the retry clock injected: no wait is spent)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from layer import fake_operation as op
from layer.conftest import SECRET, FakeClock, clock  # noqa: F401  (a fixture, imported)
from layer.server import RESET, ScriptedServer, reply
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from ibl_client import APIConnectionError, AsyncClient, Client, Hooks
from ibl_client.telemetry import OPERATION_ID, tracing

TWINS = ["sync", "async"]
TEMPLATE = "/api/courses/{course_id}/"


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    memory = InMemorySpanExporter()
    yield memory
    memory.clear()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> TracerProvider:
    traced = TracerProvider()
    traced.add_span_processor(SimpleSpanProcessor(exporter))
    return traced


async def call(
    twin: str, server: ScriptedServer, hooks: Hooks, raw: bool = False, **kwargs: Any
) -> Any:
    options: dict[str, Any] = {"api_key": SECRET, "base_url": server.url, "hooks": hooks}
    if twin == "sync":
        with Client(**options) as ibl:
            return (
                ibl.request("GET", "/api/raw/") if raw else op.sync_detailed(client=ibl, **kwargs)
            )
    async with AsyncClient(**options) as ibl:
        if raw:
            return await ibl.request("GET", "/api/raw/")
        return await op.asyncio_detailed(client=ibl, **kwargs)


def only_span(exporter: InMemorySpanExporter) -> ReadableSpan:
    spans = exporter.get_finished_spans()
    assert len(spans) == 1
    return spans[0]


def no_secret_in(span: ReadableSpan) -> None:
    recorded = repr(dict(span.attributes or {})) + repr([e.attributes for e in span.events])
    assert SECRET not in recorded and "query-secret" not in recorded


@pytest.mark.parametrize("twin", TWINS)
async def test_a_retried_call_is_one_span_with_the_conventions_attributes(
    twin: str,
    server: ScriptedServer,
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
    clock: FakeClock,  # noqa: F811
) -> None:
    server.then(reply(503, headers={"Retry-After": "2"}))
    params = {"token": "query-secret", "page": 2}
    await call(twin, server, tracing(provider), params=params)
    span = only_span(exporter)
    assert (span.name, span.kind) == (f"GET {TEMPLATE}", trace.SpanKind.CLIENT)
    assert dict(span.attributes or {}) == {
        "http.request.method": "GET",
        "url.full": f"{server.url}/api/courses/1/?token=REDACTED&page=2",
        "url.template": TEMPLATE,
        "server.address": "127.0.0.1",
        "server.port": server.port,
        OPERATION_ID: op.OPERATION_ID,
        "http.response.status_code": 200,
        "http.request.resend_count": 1,
    }
    assert [(e.name, dict(e.attributes or {})) for e in span.events] == [
        ("ibl.retry", {"ibl.retry.wait": 2.0, "ibl.retry.reason": "status 503 (Retry-After 2.00s)"})
    ]
    assert span.status.status_code == trace.StatusCode.UNSET
    no_secret_in(span)


@pytest.mark.parametrize("twin", TWINS)
async def test_an_error_status_marks_the_span(
    twin: str, server: ScriptedServer, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    server.then(reply(404, {"detail": "Not found."}))
    await call(twin, server, tracing(provider))
    span = only_span(exporter)
    attributes = dict(span.attributes or {})
    assert (attributes["http.response.status_code"], attributes["error.type"]) == (404, "404")
    assert "http.request.resend_count" not in attributes  # sent once
    assert span.status.status_code == trace.StatusCode.ERROR


@pytest.mark.parametrize("twin", TWINS)
async def test_a_call_that_raises_ends_its_span_with_the_error_s_type(
    twin: str, server: ScriptedServer, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    server.then(RESET)  # a POST that may have been sent is not retried: it raises
    with pytest.raises(APIConnectionError) as raised:
        await call(twin, server, tracing(provider), method="POST")
    span = only_span(exporter)
    kind = type(raised.value)
    assert dict(span.attributes or {})["error.type"] == f"{kind.__module__}.{kind.__qualname__}"
    assert "http.response.status_code" not in dict(span.attributes or {})
    assert span.status.status_code == trace.StatusCode.ERROR
    no_secret_in(span)


@pytest.mark.parametrize("twin", TWINS)
async def test_a_raw_request_is_named_by_its_method_alone(
    twin: str, server: ScriptedServer, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    """``client.request(...)``'s path is not a template: it would make a name per URL."""
    await call(twin, server, tracing(provider), raw=True)
    span = only_span(exporter)
    assert span.name == "GET" and "url.template" not in dict(span.attributes or {})
    assert dict(span.attributes or {})[OPERATION_ID] == "request"


async def test_the_call_s_span_is_a_child_of_the_current_one(
    server: ScriptedServer, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    tracer = provider.get_tracer("application")
    with tracer.start_as_current_span("handle order") as parent:
        await call("async", server, tracing(provider))
    child, outer = exporter.get_finished_spans()
    assert outer.name == "handle order"
    assert child.parent is not None
    assert child.parent.span_id == parent.get_span_context().span_id
