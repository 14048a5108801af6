from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_invitation_create import CourseInvitationCreate
from ...models.course_invitation_detail import CourseInvitationDetail
from ...types import UNSET, Unset

OPERATION_ID = "catalog_invitations_course_create"


def _get_kwargs(
    *,
    body: CourseInvitationCreate,
    active: bool | Unset = UNSET,
    course_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    key: str | Unset = UNSET,
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

    params["key"] = key

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
    key: str | Unset = UNSET,
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
        active (bool | Unset): Filter by active status
        course_id (str | Unset): Filter by course ID
        email (str | Unset): Filter by user email
        key (str | Unset): Alternative filter by platform key
        org (str | Unset): Alternative filter by platform organization
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of results per page
        platform_key (str | Unset): Filter by platform key
        platform_org (str | Unset): Filter by platform organization
        sort (str | Unset): Field to sort results by
        source (str | Unset): Filter by invitation source
        username (str | Unset): Filter by username
        verbose (bool | Unset): Whether to include verbose output
        body (CourseInvitationCreate): Request serializer for CourseInvitationView POST endpoint

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
            key=key,
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
    key: str | Unset = UNSET,
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
        active (bool | Unset): Filter by active status
        course_id (str | Unset): Filter by course ID
        email (str | Unset): Filter by user email
        key (str | Unset): Alternative filter by platform key
        org (str | Unset): Alternative filter by platform organization
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of results per page
        platform_key (str | Unset): Filter by platform key
        platform_org (str | Unset): Filter by platform organization
        sort (str | Unset): Field to sort results by
        source (str | Unset): Filter by invitation source
        username (str | Unset): Filter by username
        verbose (bool | Unset): Whether to include verbose output
        body (CourseInvitationCreate): Request serializer for CourseInvitationView POST endpoint

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
        key=key,
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
    key: str | Unset = UNSET,
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
        active (bool | Unset): Filter by active status
        course_id (str | Unset): Filter by course ID
        email (str | Unset): Filter by user email
        key (str | Unset): Alternative filter by platform key
        org (str | Unset): Alternative filter by platform organization
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of results per page
        platform_key (str | Unset): Filter by platform key
        platform_org (str | Unset): Filter by platform organization
        sort (str | Unset): Field to sort results by
        source (str | Unset): Filter by invitation source
        username (str | Unset): Filter by username
        verbose (bool | Unset): Whether to include verbose output
        body (CourseInvitationCreate): Request serializer for CourseInvitationView POST endpoint

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
            key=key,
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
    key: str | Unset = UNSET,
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
        active (bool | Unset): Filter by active status
        course_id (str | Unset): Filter by course ID
        email (str | Unset): Filter by user email
        key (str | Unset): Alternative filter by platform key
        org (str | Unset): Alternative filter by platform organization
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of results per page
        platform_key (str | Unset): Filter by platform key
        platform_org (str | Unset): Filter by platform organization
        sort (str | Unset): Field to sort results by
        source (str | Unset): Filter by invitation source
        username (str | Unset): Filter by username
        verbose (bool | Unset): Whether to include verbose output
        body (CourseInvitationCreate): Request serializer for CourseInvitationView POST endpoint

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
            key=key,
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
