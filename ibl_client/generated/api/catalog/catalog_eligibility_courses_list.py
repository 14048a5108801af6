from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course import Course
from ...types import UNSET, Unset

OPERATION_ID = "catalog_eligibility_courses_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[Course],
}


def _get_kwargs(
    *,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org"] = org

    params["query"] = query

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/eligibility/courses/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[Course] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Course.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[list[Course]]:
    """List courses that a user is eligible for.

    ``GET /api/catalog/eligibility/courses/`` (operation ``catalog_eligibility_courses_list``)

    Args:
        org (str | Unset):
        query (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[Course]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org=org,
            query=query,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> list[Course]:
    """List courses that a user is eligible for.

    ``GET /api/catalog/eligibility/courses/`` (operation ``catalog_eligibility_courses_list``)

    Args:
        org (str | Unset):
        query (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[Course]
    """

    return sync_detailed(
        org=org,
        query=query,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[list[Course]]:
    """List courses that a user is eligible for.

    ``GET /api/catalog/eligibility/courses/`` (operation ``catalog_eligibility_courses_list``)

    Args:
        org (str | Unset):
        query (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[Course]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org=org,
            query=query,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> list[Course]:
    """List courses that a user is eligible for.

    ``GET /api/catalog/eligibility/courses/`` (operation ``catalog_eligibility_courses_list``)

    Args:
        org (str | Unset):
        query (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[Course]
    """

    return (
        await asyncio_detailed(
            org=org,
            query=query,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
