"""OpenTelemetry tracing of the SDK's calls: a span per call, built on the public hooks.

    pip install 'ibl-client[otel]'

>>> from ibl_client import AsyncClient
>>> from ibl_client.telemetry import tracing
>>> ibl = AsyncClient(api_key="...", hooks=tracing())  # doctest: +SKIP

Each call is one ``CLIENT`` span, named ``{method} {url.template}`` (``GET`` alone for a
``client.request(...)``), a child of whatever span is current when the call starts, with the
attributes of OpenTelemetry's HTTP client semantic conventions: ``http.request.method``,
``url.full``, ``url.template``, ``server.address``, ``server.port``,
``http.response.status_code``, ``http.request.resend_count`` (the retries the call took, when
it took any), ``error.type`` (the status for a 4xx/5xx answer, the error's class for a call that
raised), and ``ibl.operation_id``. Each retry is an event on the span (``ibl.retry``: its wait,
its reason). Nothing that authenticates is recorded: no header at all, and ``url.full`` is the
URL as the SDK's log shows it, secret query parameters redacted.

Only ``opentelemetry-api`` is needed: spans go to whatever tracer provider the application
configured (the SDK's exporters), or to the no-op one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .._hooks import CallEvent, Hooks
from .._version import __version__

if TYPE_CHECKING:
    from opentelemetry.trace import Span, TracerProvider

__all__ = ["OPERATION_ID", "tracing"]

#: The attribute holding the operation's id (ours: the conventions have none).
OPERATION_ID = "ibl.operation_id"
_SPAN = "ibl_client.telemetry.span"  # where a call's span waits in its event state
_DEFAULT_PORTS = {"http": 80, "https": 443}


def tracing(tracer_provider: TracerProvider | None = None) -> Hooks:
    """Hooks that trace every call as a span (``tracer_provider``, else the global one).

    Add them to the application's own: ``hooks=my_hooks + tracing()``.
    """
    try:
        from opentelemetry import trace
    except ImportError:  # pragma: no cover - the extra is not installed
        from .._errors import ConfigurationError

        raise ConfigurationError(
            "tracing: opentelemetry-api is not installed; pip install 'ibl-client[otel]'"
        ) from None
    tracer = trace.get_tracer("ibl_client", __version__, tracer_provider=tracer_provider)

    def on_request(event: CallEvent) -> None:
        url = httpx.URL(event.url)
        port = url.port or _DEFAULT_PORTS.get(url.scheme)
        attributes: dict[str, Any] = {
            "http.request.method": event.method,
            "url.full": event.url,
            "server.address": url.host,
            OPERATION_ID: event.operation_id,
        }
        if port is not None:
            attributes["server.port"] = port
        name = event.method
        if event.url_template is not None:
            attributes["url.template"] = event.url_template
            name = f"{event.method} {event.url_template}"
        event.state[_SPAN] = tracer.start_span(
            name, kind=trace.SpanKind.CLIENT, attributes=attributes
        )

    def on_retry(event: CallEvent) -> None:
        span: Span = event.state[_SPAN]
        attributes: dict[str, Any] = {"ibl.retry.wait": event.wait or 0.0}
        if event.reason is not None:
            attributes["ibl.retry.reason"] = event.reason
        span.add_event("ibl.retry", attributes)

    def on_response(event: CallEvent) -> None:
        span: Span = event.state.pop(_SPAN)
        _resends(span, event)
        assert event.status is not None
        span.set_attribute("http.response.status_code", event.status)
        if event.status >= 400:
            span.set_attribute("error.type", str(event.status))
            span.set_status(trace.StatusCode.ERROR)
        span.end()

    def on_error(event: CallEvent) -> None:
        span: Span = event.state.pop(_SPAN)
        _resends(span, event)
        error = event.error
        assert error is not None
        kind = type(error)
        span.set_attribute("error.type", f"{kind.__module__}.{kind.__qualname__}")
        # The error's own message: ours name the operation and redact URLs (_errors.py).
        span.set_status(trace.StatusCode.ERROR, str(error))
        span.end()

    return Hooks(
        on_request=[on_request], on_retry=[on_retry], on_response=[on_response], on_error=[on_error]
    )


def _resends(span: Span, event: CallEvent) -> None:
    if event.attempt:
        span.set_attribute("http.request.resend_count", event.attempt)
