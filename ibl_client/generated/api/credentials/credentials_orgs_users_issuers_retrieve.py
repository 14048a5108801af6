from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
)
from ...models.issuer import Issuer
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "credentials_orgs_users_issuers_retrieve"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    q: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{org}/users/{user_id}/issuers/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Issuer | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", Issuer, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    q: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Issuer]:
    """API View for managing credential issuers.

    This endpoint allows creating and retrieving issuers for a specific organization/tenant, with
    support for filtering and pagination.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Query Parameters:
    q (str, optional): Search term to filter issuers by name
    limit (int, optional): Number of results per page (default: 50)
    offset (int, optional): Starting position for pagination

    Methods:
    GET: Retrieve issuers with filtering and pagination
    POST: Create a new issuer

    POST Request Body:
    A JSON object containing issuer details:
    - name (str): Issuer name
    - iconImage (str, optional): URL to issuer icon
    - email (str, optional): Contact email for the issuer
    - url (str, optional): Website URL for the issuer
    - allowed_template_tags (array, optional): List of allowed template tags

    Returns:
    GET: A JSON response containing:
    {
    "status": {"success": true, "description": "Ok"},
    "result": {
    "next": "URL to next page",
    "previous": "URL to previous page",
    "count": 10,
    "data": [
    {issuer object},
    {issuer object},
    ...
    ],
    "num_pages": 1,
    "page_number": 1,
    "max_page_size": 1000
    }
    }
    POST: A JSON response containing:
    {
    "status": {"success": true, "description": "Created"},
    "result": {issuer object}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the platform doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage issuers

    ``GET /api/credentials/orgs/{org}/users/{user_id}/issuers/`` (operation ``credentials_orgs_users_issuers_retrieve``)

    Args:
        org (str):
        user_id (str):
        q (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Issuer]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            q=q,
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
    q: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Issuer:
    """API View for managing credential issuers.

    This endpoint allows creating and retrieving issuers for a specific organization/tenant, with
    support for filtering and pagination.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Query Parameters:
    q (str, optional): Search term to filter issuers by name
    limit (int, optional): Number of results per page (default: 50)
    offset (int, optional): Starting position for pagination

    Methods:
    GET: Retrieve issuers with filtering and pagination
    POST: Create a new issuer

    POST Request Body:
    A JSON object containing issuer details:
    - name (str): Issuer name
    - iconImage (str, optional): URL to issuer icon
    - email (str, optional): Contact email for the issuer
    - url (str, optional): Website URL for the issuer
    - allowed_template_tags (array, optional): List of allowed template tags

    Returns:
    GET: A JSON response containing:
    {
    "status": {"success": true, "description": "Ok"},
    "result": {
    "next": "URL to next page",
    "previous": "URL to previous page",
    "count": 10,
    "data": [
    {issuer object},
    {issuer object},
    ...
    ],
    "num_pages": 1,
    "page_number": 1,
    "max_page_size": 1000
    }
    }
    POST: A JSON response containing:
    {
    "status": {"success": true, "description": "Created"},
    "result": {issuer object}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the platform doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage issuers

    ``GET /api/credentials/orgs/{org}/users/{user_id}/issuers/`` (operation ``credentials_orgs_users_issuers_retrieve``)

    Args:
        org (str):
        user_id (str):
        q (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Issuer
    """

    return sync_detailed(
        org,
        user_id,
        q=q,
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
    q: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Issuer]:
    """API View for managing credential issuers.

    This endpoint allows creating and retrieving issuers for a specific organization/tenant, with
    support for filtering and pagination.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Query Parameters:
    q (str, optional): Search term to filter issuers by name
    limit (int, optional): Number of results per page (default: 50)
    offset (int, optional): Starting position for pagination

    Methods:
    GET: Retrieve issuers with filtering and pagination
    POST: Create a new issuer

    POST Request Body:
    A JSON object containing issuer details:
    - name (str): Issuer name
    - iconImage (str, optional): URL to issuer icon
    - email (str, optional): Contact email for the issuer
    - url (str, optional): Website URL for the issuer
    - allowed_template_tags (array, optional): List of allowed template tags

    Returns:
    GET: A JSON response containing:
    {
    "status": {"success": true, "description": "Ok"},
    "result": {
    "next": "URL to next page",
    "previous": "URL to previous page",
    "count": 10,
    "data": [
    {issuer object},
    {issuer object},
    ...
    ],
    "num_pages": 1,
    "page_number": 1,
    "max_page_size": 1000
    }
    }
    POST: A JSON response containing:
    {
    "status": {"success": true, "description": "Created"},
    "result": {issuer object}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the platform doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage issuers

    ``GET /api/credentials/orgs/{org}/users/{user_id}/issuers/`` (operation ``credentials_orgs_users_issuers_retrieve``)

    Args:
        org (str):
        user_id (str):
        q (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Issuer]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            q=q,
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
    q: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Issuer:
    """API View for managing credential issuers.

    This endpoint allows creating and retrieving issuers for a specific organization/tenant, with
    support for filtering and pagination.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Query Parameters:
    q (str, optional): Search term to filter issuers by name
    limit (int, optional): Number of results per page (default: 50)
    offset (int, optional): Starting position for pagination

    Methods:
    GET: Retrieve issuers with filtering and pagination
    POST: Create a new issuer

    POST Request Body:
    A JSON object containing issuer details:
    - name (str): Issuer name
    - iconImage (str, optional): URL to issuer icon
    - email (str, optional): Contact email for the issuer
    - url (str, optional): Website URL for the issuer
    - allowed_template_tags (array, optional): List of allowed template tags

    Returns:
    GET: A JSON response containing:
    {
    "status": {"success": true, "description": "Ok"},
    "result": {
    "next": "URL to next page",
    "previous": "URL to previous page",
    "count": 10,
    "data": [
    {issuer object},
    {issuer object},
    ...
    ],
    "num_pages": 1,
    "page_number": 1,
    "max_page_size": 1000
    }
    }
    POST: A JSON response containing:
    {
    "status": {"success": true, "description": "Created"},
    "result": {issuer object}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the platform doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage issuers

    ``GET /api/credentials/orgs/{org}/users/{user_id}/issuers/`` (operation ``credentials_orgs_users_issuers_retrieve``)

    Args:
        org (str):
        user_id (str):
        q (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Issuer
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            q=q,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
