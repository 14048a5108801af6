from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET

OPERATION_ID = "catalog_metadata_course_retrieve2"


def _get_kwargs(
    field: str,
    *,
    course_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/metadata/course/{field}/".format(
            field=quote(str(field), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    field: str,
    *,
    client: Client,
    course_id: str,
) -> Response[Any]:
    """Retrieve metadata for a course.

    ``GET /api/catalog/metadata/course/{field}/`` (operation ``catalog_metadata_course_retrieve2``)

    Args:
        field (str):
        course_id (str): The course ID to get metadata for

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            field,
            course_id=course_id,
        ),
        _parse_response,
    )


def sync(
    field: str,
    *,
    client: Client,
    course_id: str,
) -> Any:
    """Retrieve metadata for a course.

    ``GET /api/catalog/metadata/course/{field}/`` (operation ``catalog_metadata_course_retrieve2``)

    Args:
        field (str):
        course_id (str): The course ID to get metadata for

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        field,
        course_id=course_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    field: str,
    *,
    client: AsyncClient,
    course_id: str,
) -> Response[Any]:
    """Retrieve metadata for a course.

    ``GET /api/catalog/metadata/course/{field}/`` (operation ``catalog_metadata_course_retrieve2``)

    Args:
        field (str):
        course_id (str): The course ID to get metadata for

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            field,
            course_id=course_id,
        ),
        _parse_response,
    )


async def asyncio(
    field: str,
    *,
    client: AsyncClient,
    course_id: str,
) -> Any:
    """Retrieve metadata for a course.

    ``GET /api/catalog/metadata/course/{field}/`` (operation ``catalog_metadata_course_retrieve2``)

    Args:
        field (str):
        course_id (str): The course ID to get metadata for

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            field,
            course_id=course_id,
            client=client,
        )
    ).unwrap()
