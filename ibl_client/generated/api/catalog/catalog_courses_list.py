from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course import Course
from ...types import UNSET, Unset

OPERATION_ID = "catalog_courses_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[Course],
}


def _get_kwargs(
    *,
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["org"] = org

    params["slug"] = slug

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/courses/",
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
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
) -> Response[list[Course]]:
    """Retrieve courses matching specified filters.

    ``GET /api/catalog/courses/`` (operation ``catalog_courses_list``)

    Args:
        course_id (str | Unset):
        org (str | Unset):
        slug (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[Course]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            org=org,
            slug=slug,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
) -> list[Course]:
    """Retrieve courses matching specified filters.

    ``GET /api/catalog/courses/`` (operation ``catalog_courses_list``)

    Args:
        course_id (str | Unset):
        org (str | Unset):
        slug (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[Course]
    """

    return sync_detailed(
        course_id=course_id,
        org=org,
        slug=slug,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
) -> Response[list[Course]]:
    """Retrieve courses matching specified filters.

    ``GET /api/catalog/courses/`` (operation ``catalog_courses_list``)

    Args:
        course_id (str | Unset):
        org (str | Unset):
        slug (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[Course]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            org=org,
            slug=slug,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
) -> list[Course]:
    """Retrieve courses matching specified filters.

    ``GET /api/catalog/courses/`` (operation ``catalog_courses_list``)

    Args:
        course_id (str | Unset):
        org (str | Unset):
        slug (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[Course]
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            org=org,
            slug=slug,
            client=client,
        )
    ).unwrap()
