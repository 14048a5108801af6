from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET

OPERATION_ID = "catalog_metadata_course_public_retrieve"


def _get_kwargs(
    *,
    course_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/metadata/course-public/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    *,
    client: Client,
    course_id: str,
) -> Response[Any]:
    """Retrieve public metadata for a course.

    ``GET /api/catalog/metadata/course-public/`` (operation ``catalog_metadata_course_public_retrieve``)

    Args:
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
            course_id=course_id,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    course_id: str,
) -> Any:
    """Retrieve public metadata for a course.

    ``GET /api/catalog/metadata/course-public/`` (operation ``catalog_metadata_course_public_retrieve``)

    Args:
        course_id (str): The course ID to get metadata for

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    course_id: str,
) -> Response[Any]:
    """Retrieve public metadata for a course.

    ``GET /api/catalog/metadata/course-public/`` (operation ``catalog_metadata_course_public_retrieve``)

    Args:
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
            course_id=course_id,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    course_id: str,
) -> Any:
    """Retrieve public metadata for a course.

    ``GET /api/catalog/metadata/course-public/`` (operation ``catalog_metadata_course_public_retrieve``)

    Args:
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
            course_id=course_id,
            client=client,
        )
    ).unwrap()
