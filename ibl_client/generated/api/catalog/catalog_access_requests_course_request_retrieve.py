from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_access_request_status_response import CourseAccessRequestStatusResponse
from ...types import UNSET, Unset

OPERATION_ID = "catalog_access_requests_course_request_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseAccessRequestStatusResponse,
}


def _get_kwargs(
    *,
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/access_requests/course/request/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseAccessRequestStatusResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseAccessRequestStatusResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
) -> Response[CourseAccessRequestStatusResponse]:
    """Check if the user has an active access request for a course

    ``GET /api/catalog/access_requests/course/request/`` (operation ``catalog_access_requests_course_request_retrieve``)

    Args:
        course_id (str):
        platform_key (str | Unset):
        platform_org (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseAccessRequestStatusResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
) -> CourseAccessRequestStatusResponse:
    """Check if the user has an active access request for a course

    ``GET /api/catalog/access_requests/course/request/`` (operation ``catalog_access_requests_course_request_retrieve``)

    Args:
        course_id (str):
        platform_key (str | Unset):
        platform_org (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseAccessRequestStatusResponse
    """

    return sync_detailed(
        course_id=course_id,
        platform_key=platform_key,
        platform_org=platform_org,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
) -> Response[CourseAccessRequestStatusResponse]:
    """Check if the user has an active access request for a course

    ``GET /api/catalog/access_requests/course/request/`` (operation ``catalog_access_requests_course_request_retrieve``)

    Args:
        course_id (str):
        platform_key (str | Unset):
        platform_org (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseAccessRequestStatusResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
) -> CourseAccessRequestStatusResponse:
    """Check if the user has an active access request for a course

    ``GET /api/catalog/access_requests/course/request/`` (operation ``catalog_access_requests_course_request_retrieve``)

    Args:
        course_id (str):
        platform_key (str | Unset):
        platform_org (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseAccessRequestStatusResponse
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
            client=client,
        )
    ).unwrap()
