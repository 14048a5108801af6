from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
)
from ...models.paginated_assertions_response import PaginatedAssertionsResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "credentials_orgs_users_assertions_retrieve"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    course: str | Unset = UNSET,
    exclude_main_tenant_assertions: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    include_revoked: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course"] = course

    params["exclude_main_tenant_assertions"] = exclude_main_tenant_assertions

    params["include_expired"] = include_expired

    params["include_revoked"] = include_revoked

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{org}/users/{user_id}/assertions/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedAssertionsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", PaginatedAssertionsResponse, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    course: str | Unset = UNSET,
    exclude_main_tenant_assertions: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    include_revoked: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PaginatedAssertionsResponse]:
    """Endpoint to retrieve all credential assertions for a user within an organization.

    This endpoint provides access to all credential assertions (issued credentials) for a specific
    user within an organization, with support for filtering.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID to retrieve assertions for

    Query Parameters:
    course (str, optional): Filter by course ID
    include_revoked (bool, optional): Include revoked assertions (default: false)
    include_expired (bool, optional): Include expired assertions (default: false)
    exclude_main_tenant_assertions (bool, optional): Exclude assertions from the main tenant
    (default: false)

    Returns:
    A paginated response using the AssertionSerializer format

    Error Responses:
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the user or organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve``)

    Args:
        org (str):
        user_id (str):
        course (str | Unset):
        exclude_main_tenant_assertions (bool | Unset):
        include_expired (bool | Unset):
        include_revoked (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedAssertionsResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
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
    *,
    client: Client,
    course: str | Unset = UNSET,
    exclude_main_tenant_assertions: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    include_revoked: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PaginatedAssertionsResponse:
    """Endpoint to retrieve all credential assertions for a user within an organization.

    This endpoint provides access to all credential assertions (issued credentials) for a specific
    user within an organization, with support for filtering.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID to retrieve assertions for

    Query Parameters:
    course (str, optional): Filter by course ID
    include_revoked (bool, optional): Include revoked assertions (default: false)
    include_expired (bool, optional): Include expired assertions (default: false)
    exclude_main_tenant_assertions (bool, optional): Exclude assertions from the main tenant
    (default: false)

    Returns:
    A paginated response using the AssertionSerializer format

    Error Responses:
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the user or organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve``)

    Args:
        org (str):
        user_id (str):
        course (str | Unset):
        exclude_main_tenant_assertions (bool | Unset):
        include_expired (bool | Unset):
        include_revoked (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedAssertionsResponse
    """

    return sync_detailed(
        org,
        user_id,
        course=course,
        exclude_main_tenant_assertions=exclude_main_tenant_assertions,
        include_expired=include_expired,
        include_revoked=include_revoked,
        page=page,
        page_size=page_size,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    course: str | Unset = UNSET,
    exclude_main_tenant_assertions: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    include_revoked: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PaginatedAssertionsResponse]:
    """Endpoint to retrieve all credential assertions for a user within an organization.

    This endpoint provides access to all credential assertions (issued credentials) for a specific
    user within an organization, with support for filtering.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID to retrieve assertions for

    Query Parameters:
    course (str, optional): Filter by course ID
    include_revoked (bool, optional): Include revoked assertions (default: false)
    include_expired (bool, optional): Include expired assertions (default: false)
    exclude_main_tenant_assertions (bool, optional): Exclude assertions from the main tenant
    (default: false)

    Returns:
    A paginated response using the AssertionSerializer format

    Error Responses:
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the user or organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve``)

    Args:
        org (str):
        user_id (str):
        course (str | Unset):
        exclude_main_tenant_assertions (bool | Unset):
        include_expired (bool | Unset):
        include_revoked (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedAssertionsResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
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
    *,
    client: AsyncClient,
    course: str | Unset = UNSET,
    exclude_main_tenant_assertions: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    include_revoked: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PaginatedAssertionsResponse:
    """Endpoint to retrieve all credential assertions for a user within an organization.

    This endpoint provides access to all credential assertions (issued credentials) for a specific
    user within an organization, with support for filtering.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID to retrieve assertions for

    Query Parameters:
    course (str, optional): Filter by course ID
    include_revoked (bool, optional): Include revoked assertions (default: false)
    include_expired (bool, optional): Include expired assertions (default: false)
    exclude_main_tenant_assertions (bool, optional): Exclude assertions from the main tenant
    (default: false)

    Returns:
    A paginated response using the AssertionSerializer format

    Error Responses:
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the user or organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve``)

    Args:
        org (str):
        user_id (str):
        course (str | Unset):
        exclude_main_tenant_assertions (bool | Unset):
        include_expired (bool | Unset):
        include_revoked (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedAssertionsResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
