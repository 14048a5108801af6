"""Calls every operation of the description through the SDK and judges each exchange.

A call is one operation, one argument pass (``required`` or ``all`` parameters) and one
documented 2xx status, asked of Prism with ``Prefer: code=NNN``. Its :class:`Outcome` says
whether it reached Prism, what Prism thought of the request, and whether the SDK parsed the
response into the declared model.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from . import sdk
from .args import Call, build_call
from .recording import CURRENT, Exchange, RecordingTransport
from .spec import Operation, Spec, is_json_media

PASSES = ("required", "all")
PRISM_ERROR_PREFIX = "https://stoplight.io/prism/errors#"
CALL_TIMEOUT_S = 60.0


@dataclass
class Outcome:
    operation: Operation
    pass_name: str
    expected_status: int
    status: int | None = None
    not_called: str | None = None  # why no request reached Prism
    request_violations: list[str] = field(default_factory=list)
    response_violations: list[str] = field(default_factory=list)
    parse_failure: str | None = None
    seconds: float = 0.0

    @property
    def called(self) -> bool:
        return self.not_called is None


def prism_violations(response: httpx.Response) -> tuple[list[str], list[str]]:
    """(request, response) violations Prism reported in ``sl-violations`` or a problem body."""
    request: list[str] = []
    answer: list[str] = []
    entries: list[Mapping[str, Any]] = []
    header = response.headers.get("sl-violations")
    if header:
        try:
            entries.extend(json.loads(header))
        except ValueError:
            request.append(f"unreadable sl-violations header: {header[:200]}")
    problem = _prism_problem(response)
    if problem is not None:
        entries.extend(problem.get("validation") or [])
        if not problem.get("validation"):
            # 401 security, 404 no route, 405, 406...: the request did not fit the description.
            request.append(
                f"{response.status_code} {problem.get('title')}: {problem.get('detail')}"
            )
    for entry in entries:
        location = list(entry.get("location") or [])
        text = f"{'.'.join(map(str, location))}: {entry.get('message')}"
        (answer if location[:1] == ["response"] else request).append(text)
    return request, answer


def _prism_problem(response: httpx.Response) -> Mapping[str, Any] | None:
    if "problem+json" not in response.headers.get("content-type", ""):
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    if isinstance(body, Mapping) and str(body.get("type", "")).startswith(PRISM_ERROR_PREFIX):
        return body
    return None


def declares_model(operation: Operation, status: int) -> bool:
    """Whether the documented response for ``status`` has a JSON schema to parse into.

    A 204 never has one: it has no body by definition (RFC 9110), whatever the description
    says, and the normaliser's ``no_body_for_204_responses`` makes the SDK agree.
    """
    if status == 204:
        return False
    response = operation.responses.get(str(status)) or {}
    for media_type, entry in (response.get("content") or {}).items():
        if is_json_media(media_type) and (entry or {}).get("schema"):
            return True
    return False


class ContractRunner:
    def __init__(self, spec: Spec, base_url: str, concurrency: int = 16) -> None:
        self.spec = spec
        self.base_url = base_url
        self.semaphore = asyncio.Semaphore(concurrency)
        # Operations whose "all" pass would repeat the "required" one exactly (not re-sent).
        self.identical_passes = 0

    async def run(self) -> list[Outcome]:
        transport = RecordingTransport()
        client = sdk.make_client(self.base_url, transport)
        try:
            jobs = [
                self._one(client, operation, pass_name, status)
                for operation in self.spec.operations
                for pass_name in self._passes(operation)
                for status in operation.expected_codes() or [0]
            ]
            return list(await asyncio.gather(*jobs))
        finally:
            await sdk.close_client(client)
            await transport.aclose()

    def _passes(self, operation: Operation) -> list[str]:
        """Both passes, unless the operation has nothing optional to add (then one suffices)."""
        required, every = (self._build(operation, pass_name) for pass_name in PASSES)
        both_built = required.error is None and every.error is None
        if both_built and required.fingerprint == every.fingerprint:
            self.identical_passes += 1
            return ["required"]
        return list(PASSES)

    def _build(self, operation: Operation, pass_name: str) -> Call:
        # Built afresh for every call: a File argument's stream can be read only once.
        return build_call(
            self.spec,
            operation,
            sdk.API_PACKAGE,
            optional=pass_name == "all",
            function_name="asyncio_detailed",
        )

    async def _one(self, client: Any, operation: Operation, pass_name: str, status: int) -> Outcome:
        outcome = Outcome(operation, pass_name, expected_status=status)
        if status == 0:
            outcome.not_called = "the description documents no response"
            return outcome
        call = self._build(operation, pass_name)
        if call.error is not None or call.function is None:
            outcome.not_called = f"arguments: {call.error}"
            return outcome
        async with self.semaphore:
            started = time.monotonic()
            await self._invoke(client, call, outcome)
            outcome.seconds = time.monotonic() - started
        return outcome

    async def _invoke(self, client: Any, call: Call, outcome: Outcome) -> None:
        exchange = Exchange(prefer_code=outcome.expected_status)
        token = CURRENT.set(exchange)
        result: Any = None
        error: BaseException | None = None
        try:
            assert call.function is not None
            result = await asyncio.wait_for(
                call.function(client=client, **call.kwargs), CALL_TIMEOUT_S
            )
        except Exception as exc:  # judged below, with what the transport saw
            error = exc
        finally:
            CURRENT.reset(token)

        response = exchange.response
        if response is None:
            outcome.not_called = f"no request sent: {_describe(error)}"
            return
        outcome.status = response.status_code
        outcome.request_violations, outcome.response_violations = prism_violations(response)
        if outcome.request_violations:
            return
        if response.status_code != outcome.expected_status:
            outcome.request_violations.append(
                f"Prism answered {response.status_code}, expected {outcome.expected_status}"
            )
            return
        if error is not None:
            outcome.parse_failure = _describe(error)
            return
        parsed = getattr(result, "parsed", None)
        if declares_model(call.operation, response.status_code) and parsed is None:
            outcome.parse_failure = "Response.parsed is None for a documented JSON schema"


def _describe(error: BaseException | None) -> str:
    if error is None:
        return "no exception"
    text = str(error).replace("\n", " ")
    return f"{type(error).__name__}: {text[:300]}"
