from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.catalog_eligibility_courses_check_retrieve_response_200 import (
    CatalogEligibilityCoursesCheckRetrieveResponse200,
)
from ...types import UNSET, Unset

OPERATION_ID = "catalog_eligibility_courses_check_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CatalogEligibilityCoursesCheckRetrieveResponse200,
}


def _get_kwargs(
    *,
    course_id: str,
    local_only: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["local_only"] = local_only

    params["org"] = org

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/eligibility/courses/check/",
        "params": params,
    }
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> CatalogEligibilityCoursesCheckRetrieveResponse200 | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CatalogEligibilityCoursesCheckRetrieveResponse200.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    course_id: str,
    local_only: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[CatalogEligibilityCoursesCheckRetrieveResponse200]:
    """Check whether a user is eligible to enroll in a specific course.

    ``GET /api/catalog/eligibility/courses/check/`` (operation ``catalog_eligibility_courses_check_retrieve``)

    Args:
        course_id (str):
        local_only (bool | Unset):
        org (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogEligibilityCoursesCheckRetrieveResponse200]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            local_only=local_only,
            org=org,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    course_id: str,
    local_only: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> CatalogEligibilityCoursesCheckRetrieveResponse200:
    """Check whether a user is eligible to enroll in a specific course.

    ``GET /api/catalog/eligibility/courses/check/`` (operation ``catalog_eligibility_courses_check_retrieve``)

    Args:
        course_id (str):
        local_only (bool | Unset):
        org (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogEligibilityCoursesCheckRetrieveResponse200
    """

    return sync_detailed(
        course_id=course_id,
        local_only=local_only,
        org=org,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    course_id: str,
    local_only: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[CatalogEligibilityCoursesCheckRetrieveResponse200]:
    """Check whether a user is eligible to enroll in a specific course.

    ``GET /api/catalog/eligibility/courses/check/`` (operation ``catalog_eligibility_courses_check_retrieve``)

    Args:
        course_id (str):
        local_only (bool | Unset):
        org (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogEligibilityCoursesCheckRetrieveResponse200]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            local_only=local_only,
            org=org,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    course_id: str,
    local_only: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> CatalogEligibilityCoursesCheckRetrieveResponse200:
    """Check whether a user is eligible to enroll in a specific course.

    ``GET /api/catalog/eligibility/courses/check/`` (operation ``catalog_eligibility_courses_check_retrieve``)

    Args:
        course_id (str):
        local_only (bool | Unset):
        org (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogEligibilityCoursesCheckRetrieveResponse200
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            local_only=local_only,
            org=org,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
