"""A 2xx whose body does not fit its declared schema (ibl_client/_response.py): ``*_detailed``
returns it with its bytes and content type, and ``unwrap()`` raises the validation error; on
both async backends and the sync client."""

from __future__ import annotations

import asyncio
import gc
import inspect
import sys
import uuid
from typing import Any

import httpx
import pytest
from support.retrying import FAST

from ibl_client import (
    APIStatusError,
    AsyncClient,
    Client,
    Response,
    ResponseValidationError,
    request_id_of,
)
from ibl_client._operation import Operation
from ibl_client._response import _REQUEST_IDS, unwrapped
from ibl_client.generated.api.ai_mentor import ai_mentor_orgs_users_downloads_tasks_retrieve as op

from .conftest import SECRET
from .server import ScriptedServer, reply

#: What the server answers with ``to_csv``, where the description documents a JSON model.
CSV = b"session,message\n1,hello\n"
TASK = uuid.UUID(int=7)


def check(response: Response[Any]) -> None:
    assert response.status_code == 200
    assert response.parsed is None
    assert (response.content, response.content_type) == (CSV, "text/csv; charset=utf-8")
    assert isinstance(response.validation_error, ResponseValidationError)
    with pytest.raises(ResponseValidationError) as caught:
        response.unwrap()
    assert caught.value.operation_id == op.OPERATION.id
    assert caught.value.content == CSV


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_a_body_off_its_schema_is_returned_by_detailed_and_raised_by_unwrap(
    server: ScriptedServer, backend: str
) -> None:
    if backend == "aiohttp":
        pytest.importorskip("aiohttp")
    csv = reply(body=CSV, headers={"Content-Type": "text/csv; charset=utf-8"})
    server.then(csv, csv)
    async with AsyncClient(api_key=SECRET, base_url=server.url, retry=FAST, backend=backend) as ibl:
        check(await op.asyncio_detailed("acme", "ada", TASK, client=ibl, to_csv=True))
        with pytest.raises(ResponseValidationError):
            await ibl.ai_mentor.ai_mentor_orgs_users_downloads_tasks_retrieve(
                "acme", "ada", TASK, to_csv=True
            )


def test_sync_a_body_off_its_schema_is_returned_by_detailed_and_raised_by_unwrap(
    server: ScriptedServer,
) -> None:
    server.then(reply(body=CSV, headers={"Content-Type": "text/csv; charset=utf-8"}))
    with Client(api_key=SECRET, base_url=server.url, retry=FAST) as ibl:
        check(op.sync_detailed("acme", "ada", TASK, client=ibl, to_csv=True))


def answered(status: int, parsed: object = None, **headers: str) -> Response[Any]:
    http = httpx.Response(status, request=httpx.Request("GET", "https://h.example/api/x/"))
    return Response(
        status_code=status,
        headers=httpx.Headers(headers),
        content=b"",
        parsed=parsed,
        retries=2,
        operation_id="x_retrieve",
        http_response=http,
    )


@pytest.mark.parametrize(("status", "raises"), [(399, False), (400, True), (401, True)])
def test_unwrap_raises_from_status_400(status: int, raises: bool) -> None:
    response = answered(status, parsed="value")
    if not raises:
        assert response.unwrap() == "value"
        return
    with pytest.raises(APIStatusError) as caught:
        response.unwrap()
    assert (caught.value.status_code, caught.value.operation_id, caught.value.retries) == (
        status,
        "x_retrieve",
        2,
    )


class Model:
    """A parsed result that can be referenced weakly, as the generated models can."""


def test_a_model_remembered_twice_goes_without_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two responses may share one parsed value (a cached result, a test double): both entries'
    # callbacks run when it goes, and neither may raise (Python would print it to stderr).
    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    model = Model()
    answered(200, model, **{"X-Request-Id": "r1"})
    answered(200, model, **{"X-Request-Id": "r2"})
    assert request_id_of(model) == "r2"
    del model
    gc.collect()
    assert unraisable == []


def test_unwrapped_forms_return_the_parsed_value() -> None:
    operation: Operation[None] = Operation("x_retrieve", "GET", "/api/x/", lambda response: None)

    def x_retrieve_detailed(value: str) -> Response[str]:
        return answered(200, parsed=value)

    async def x_retrieve_async_detailed(value: str) -> Response[str]:
        return answered(404, parsed=value)

    sync = unwrapped(x_retrieve_detailed, operation)
    asynchronous = unwrapped(x_retrieve_async_detailed, operation)
    assert (sync.__name__, sync.__qualname__) == ("x_retrieve", "x_retrieve")
    assert asynchronous.__name__ == "x_retrieve_async"
    assert sync.operation is operation  # type: ignore[attr-defined]
    assert asynchronous.operation is operation  # type: ignore[attr-defined]
    assert sync("v") == "v"
    assert inspect.iscoroutinefunction(asynchronous)
    with pytest.raises(APIStatusError):
        asyncio.run(asynchronous("v"))


def test_a_result_without_a_request_id_costs_no_entry() -> None:
    before = len(_REQUEST_IDS)
    model = Model()
    response = answered(200, model)
    assert (response.request_id, request_id_of(model)) == (None, None)
    assert len(_REQUEST_IDS) == before
