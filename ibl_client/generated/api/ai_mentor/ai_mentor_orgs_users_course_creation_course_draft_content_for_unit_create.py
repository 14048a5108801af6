from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    request_body,
)
from ...models.ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create_request import (
    AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateRequest,
)
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create"


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateRequest
    | Mapping[str, Any]
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/draft-content-for-unit/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(
            OPERATION_ID,
            AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateRequest,
            body,
        )

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return decode(response)
    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateRequest
    | Mapping[str, Any]
    | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Draft content for a single unit synchronously.

    Only xblock_id is required. The display_name and unit_type are fetched from EdX automatically.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/draft-content-for-unit/`` (operation ``ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateRequest
    | Mapping[str, Any]
    | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Draft content for a single unit synchronously.

    Only xblock_id is required. The display_name and unit_type are fetched from EdX automatically.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/draft-content-for-unit/`` (operation ``ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        org,
        user_id,
        id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateRequest
    | Mapping[str, Any]
    | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Draft content for a single unit synchronously.

    Only xblock_id is required. The display_name and unit_type are fetched from EdX automatically.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/draft-content-for-unit/`` (operation ``ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateRequest
    | Mapping[str, Any]
    | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Draft content for a single unit synchronously.

    Only xblock_id is required. The display_name and unit_type are fetched from EdX automatically.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/draft-content-for-unit/`` (operation ``ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
