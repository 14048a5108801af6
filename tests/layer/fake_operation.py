"""A hand-made stand-in for one generated operation module, following the same contract."""

from __future__ import annotations

import functools
from typing import Any

import attrs
import httpx

from ibl_client import AsyncClient, Client, Response
from ibl_client._operation import Operation

OPERATION_ID = "courses_retrieve"
#: An answer the operation parses, as ``Course(7, "Optics")``: the body layer tests reply with.
COURSE = {"id": 7, "name": "Optics"}


@attrs.define
class Course:
    id: int
    name: str

    @classmethod
    def from_dict(cls, src: dict[str, Any]) -> Course:
        return cls(id=int(src["id"]), name=str(src["name"]))


def _get_kwargs(course_id: int, body: Any, params: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"url": f"/api/courses/{course_id}/"}
    if body is not None:
        kwargs["json"] = body
    if params is not None:
        kwargs["params"] = params
    return kwargs


def _parse_response(response: httpx.Response) -> Course | None:
    if response.status_code == 204:
        return None
    return Course.from_dict(response.json())


@functools.cache
def _operation(method: str) -> Operation[Course]:
    """The descriptor of this operation sent with ``method`` (a generated module has one)."""
    return Operation(OPERATION_ID, method, "/api/courses/{course_id}/", _parse_response)


def sync_detailed(
    *, client: Client, course_id: int = 1, method: str = "GET", body: Any = None, params: Any = None
) -> Response[Course]:
    return client._send(_operation(method), _get_kwargs(course_id, body, params))


def sync(
    *, client: Client, course_id: int = 1, method: str = "GET", body: Any = None, params: Any = None
) -> Course:
    return sync_detailed(
        client=client, course_id=course_id, method=method, body=body, params=params
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    course_id: int = 1,
    method: str = "GET",
    body: Any = None,
    params: Any = None,
) -> Response[Course]:
    kwargs = _get_kwargs(course_id, body, params)
    return await client._send(_operation(method), kwargs)


async def asyncio(
    *,
    client: AsyncClient,
    course_id: int = 1,
    method: str = "GET",
    body: Any = None,
    params: Any = None,
) -> Course:
    response = await asyncio_detailed(
        client=client, course_id=course_id, method=method, body=body, params=params
    )
    return response.unwrap()
