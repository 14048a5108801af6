from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
)
from ...models.assertion import Assertion
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "credentials_orgs_users_assertions_retrieve2"


def _get_kwargs(
    org: str,
    user_id: str,
    entity_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{org}/users/{user_id}/assertions/{entity_id}".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            entity_id=quote(str(entity_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Assertion | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", Assertion, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    entity_id: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Assertion]:
    """Endpoint to retrieve and update a specific credential assertion.

    This endpoint allows retrieving details of a specific credential assertion and updating its
    status (e.g., revoking it).

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The assertion entity ID

    Methods:
    GET: Retrieve assertion details
    PUT: Update assertion status (e.g., revoke)

    PUT Request Body:
    A JSON object containing:
    - revoked (bool): Set to true to revoke the assertion
    - revocationReason (str): Reason for revocation (required when revoking)

    Returns:
    GET: A JSON response containing the assertion details using the AssertionSerializer format
    PUT: A JSON response containing the updated assertion using the AssertionSerializer format

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the assertion doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/assertions/{entity_id}`` (operation ``credentials_orgs_users_assertions_retrieve2``)

    Args:
        org (str):
        user_id (str):
        entity_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Assertion]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            entity_id,
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
    entity_id: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Assertion:
    """Endpoint to retrieve and update a specific credential assertion.

    This endpoint allows retrieving details of a specific credential assertion and updating its
    status (e.g., revoking it).

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The assertion entity ID

    Methods:
    GET: Retrieve assertion details
    PUT: Update assertion status (e.g., revoke)

    PUT Request Body:
    A JSON object containing:
    - revoked (bool): Set to true to revoke the assertion
    - revocationReason (str): Reason for revocation (required when revoking)

    Returns:
    GET: A JSON response containing the assertion details using the AssertionSerializer format
    PUT: A JSON response containing the updated assertion using the AssertionSerializer format

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the assertion doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/assertions/{entity_id}`` (operation ``credentials_orgs_users_assertions_retrieve2``)

    Args:
        org (str):
        user_id (str):
        entity_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Assertion
    """

    return sync_detailed(
        org,
        user_id,
        entity_id,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    entity_id: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Assertion]:
    """Endpoint to retrieve and update a specific credential assertion.

    This endpoint allows retrieving details of a specific credential assertion and updating its
    status (e.g., revoking it).

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The assertion entity ID

    Methods:
    GET: Retrieve assertion details
    PUT: Update assertion status (e.g., revoke)

    PUT Request Body:
    A JSON object containing:
    - revoked (bool): Set to true to revoke the assertion
    - revocationReason (str): Reason for revocation (required when revoking)

    Returns:
    GET: A JSON response containing the assertion details using the AssertionSerializer format
    PUT: A JSON response containing the updated assertion using the AssertionSerializer format

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the assertion doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/assertions/{entity_id}`` (operation ``credentials_orgs_users_assertions_retrieve2``)

    Args:
        org (str):
        user_id (str):
        entity_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Assertion]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            entity_id,
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
    entity_id: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Assertion:
    """Endpoint to retrieve and update a specific credential assertion.

    This endpoint allows retrieving details of a specific credential assertion and updating its
    status (e.g., revoking it).

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The assertion entity ID

    Methods:
    GET: Retrieve assertion details
    PUT: Update assertion status (e.g., revoke)

    PUT Request Body:
    A JSON object containing:
    - revoked (bool): Set to true to revoke the assertion
    - revocationReason (str): Reason for revocation (required when revoking)

    Returns:
    GET: A JSON response containing the assertion details using the AssertionSerializer format
    PUT: A JSON response containing the updated assertion using the AssertionSerializer format

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the assertion doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    ``GET /api/credentials/orgs/{org}/users/{user_id}/assertions/{entity_id}`` (operation ``credentials_orgs_users_assertions_retrieve2``)

    Args:
        org (str):
        user_id (str):
        entity_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Assertion
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            entity_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
