from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_invitation_create import CourseInvitationCreate
from ...models.course_invitation_detail import CourseInvitationDetail
from ...types import UNSET, Unset

OPERATION_ID = "catalog_invitations_course_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseInvitationDetail,
}


def _get_kwargs(
    *,
    body: CourseInvitationCreate,
    active: bool | Unset = UNSET,
    course_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["active"] = active

    params["course_id"] = course_id

    params["email"] = email

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params["source"] = source

    params["username"] = username

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/invitations/course/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseInvitationDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseInvitationDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: CourseInvitationCreate,
    active: bool | Unset = UNSET,
    course_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[CourseInvitationDetail]:
    """Create a new course invitation

    ``POST /api/catalog/invitations/course/`` (operation ``catalog_invitations_course_create``)

    Args:
        active (bool | Unset):
        course_id (str | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):
        body (CourseInvitationCreate): Request serializer for CourseInvitationView POST endpoint.

            Supports CSV date fields for enrollment_config: - course_access_start_date: Maps to
            enrollment_config['started'] - course_access_expiration_date: Maps to
            enrollment_config['expired']

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseInvitationDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            course_id=course_id,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: CourseInvitationCreate,
    active: bool | Unset = UNSET,
    course_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> CourseInvitationDetail:
    """Create a new course invitation

    ``POST /api/catalog/invitations/course/`` (operation ``catalog_invitations_course_create``)

    Args:
        active (bool | Unset):
        course_id (str | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):
        body (CourseInvitationCreate): Request serializer for CourseInvitationView POST endpoint.

            Supports CSV date fields for enrollment_config: - course_access_start_date: Maps to
            enrollment_config['started'] - course_access_expiration_date: Maps to
            enrollment_config['expired']

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseInvitationDetail
    """

    return sync_detailed(
        body=body,
        active=active,
        course_id=course_id,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CourseInvitationCreate,
    active: bool | Unset = UNSET,
    course_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[CourseInvitationDetail]:
    """Create a new course invitation

    ``POST /api/catalog/invitations/course/`` (operation ``catalog_invitations_course_create``)

    Args:
        active (bool | Unset):
        course_id (str | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):
        body (CourseInvitationCreate): Request serializer for CourseInvitationView POST endpoint.

            Supports CSV date fields for enrollment_config: - course_access_start_date: Maps to
            enrollment_config['started'] - course_access_expiration_date: Maps to
            enrollment_config['expired']

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseInvitationDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            course_id=course_id,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: CourseInvitationCreate,
    active: bool | Unset = UNSET,
    course_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> CourseInvitationDetail:
    """Create a new course invitation

    ``POST /api/catalog/invitations/course/`` (operation ``catalog_invitations_course_create``)

    Args:
        active (bool | Unset):
        course_id (str | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):
        body (CourseInvitationCreate): Request serializer for CourseInvitationView POST endpoint.

            Supports CSV date fields for enrollment_config: - course_access_start_date: Maps to
            enrollment_config['started'] - course_access_expiration_date: Maps to
            enrollment_config['expired']

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseInvitationDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            active=active,
            course_id=course_id,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=client,
        )
    ).unwrap()
