from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Unset

OPERATION_ID = "credentials_orgs_users_course_credentials_list"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{org}/users/{user_id}/course-credentials/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
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
    org: str,
    user_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Any]:
    """Endpoint to retrieve the credentials of a given tenant grouped by course.

    This endpoint provides access to credential data grouped by course for a specific
    organization/tenant, with support for pagination and filtering.

    Path Parameters:
    org (str): The organization/tenant identifier

    Query Parameters:
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination
    search (str, optional): Search term e.g course_id

    Returns:
    A paginated response using the CourseCredentialSerializer format.

    Error Responses:
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this data
    404 Not Found: If the organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/course-credentials/`` (operation ``credentials_orgs_users_course_credentials_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Any:
    """Endpoint to retrieve the credentials of a given tenant grouped by course.

    This endpoint provides access to credential data grouped by course for a specific
    organization/tenant, with support for pagination and filtering.

    Path Parameters:
    org (str): The organization/tenant identifier

    Query Parameters:
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination
    search (str, optional): Search term e.g course_id

    Returns:
    A paginated response using the CourseCredentialSerializer format.

    Error Responses:
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this data
    404 Not Found: If the organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/course-credentials/`` (operation ``credentials_orgs_users_course_credentials_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        org,
        user_id,
        page=page,
        page_size=page_size,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Any]:
    """Endpoint to retrieve the credentials of a given tenant grouped by course.

    This endpoint provides access to credential data grouped by course for a specific
    organization/tenant, with support for pagination and filtering.

    Path Parameters:
    org (str): The organization/tenant identifier

    Query Parameters:
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination
    search (str, optional): Search term e.g course_id

    Returns:
    A paginated response using the CourseCredentialSerializer format.

    Error Responses:
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this data
    404 Not Found: If the organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/course-credentials/`` (operation ``credentials_orgs_users_course_credentials_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Any:
    """Endpoint to retrieve the credentials of a given tenant grouped by course.

    This endpoint provides access to credential data grouped by course for a specific
    organization/tenant, with support for pagination and filtering.

    Path Parameters:
    org (str): The organization/tenant identifier

    Query Parameters:
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination
    search (str, optional): Search term e.g course_id

    Returns:
    A paginated response using the CourseCredentialSerializer format.

    Error Responses:
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this data
    404 Not Found: If the organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/course-credentials/`` (operation ``credentials_orgs_users_course_credentials_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=client,
        )
    ).unwrap()
