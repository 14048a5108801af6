"""A 2xx whose body does not fit its declared schema (ibl_client/_response.py): ``*_detailed``
returns it with its bytes and content type, and ``unwrap()`` raises the validation error; on
both async backends and the sync client."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from support.retrying import FAST

from ibl_client import AsyncClient, Client, Response, ResponseValidationError
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
