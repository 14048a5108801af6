from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.user_license_group_assignment_create import UserLicenseGroupAssignmentCreate
from ...models.user_license_group_assignment_detail import UserLicenseGroupAssignmentDetail
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "catalog_licenses_user_assignment_group_create"


def _get_kwargs(
    *,
    body: UserLicenseGroupAssignmentCreate | Mapping[str, Any],
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["license_id"] = license_id

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/licenses/user/assignment/group/",
        "params": params,
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, UserLicenseGroupAssignmentCreate, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserLicenseGroupAssignmentDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", UserLicenseGroupAssignmentDetail, response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: UserLicenseGroupAssignmentCreate | Mapping[str, Any],
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[UserLicenseGroupAssignmentDetail]:
    """Create or update a user license group assignment

    ``POST /api/catalog/licenses/user/assignment/group/`` (operation ``catalog_licenses_user_assignment_group_create``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (UserLicenseGroupAssignmentCreate): Request serializer for
            UserLicenseGroupAssignmentView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserLicenseGroupAssignmentDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    body: UserLicenseGroupAssignmentCreate | Mapping[str, Any],
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> UserLicenseGroupAssignmentDetail:
    """Create or update a user license group assignment

    ``POST /api/catalog/licenses/user/assignment/group/`` (operation ``catalog_licenses_user_assignment_group_create``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (UserLicenseGroupAssignmentCreate): Request serializer for
            UserLicenseGroupAssignmentView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserLicenseGroupAssignmentDetail
    """

    return sync_detailed(
        body=body,
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: UserLicenseGroupAssignmentCreate | Mapping[str, Any],
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[UserLicenseGroupAssignmentDetail]:
    """Create or update a user license group assignment

    ``POST /api/catalog/licenses/user/assignment/group/`` (operation ``catalog_licenses_user_assignment_group_create``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (UserLicenseGroupAssignmentCreate): Request serializer for
            UserLicenseGroupAssignmentView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserLicenseGroupAssignmentDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: UserLicenseGroupAssignmentCreate | Mapping[str, Any],
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> UserLicenseGroupAssignmentDetail:
    """Create or update a user license group assignment

    ``POST /api/catalog/licenses/user/assignment/group/`` (operation ``catalog_licenses_user_assignment_group_create``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (UserLicenseGroupAssignmentCreate): Request serializer for
            UserLicenseGroupAssignmentView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserLicenseGroupAssignmentDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
