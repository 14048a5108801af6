from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.issuer import Issuer
from ...models.issuer_request import IssuerRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "credentials_orgs_users_issuers_update"


def _get_kwargs(
    org: str,
    user_id: str,
    entity_id: str,
    *,
    body: IssuerRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/credentials/orgs/{org}/users/{user_id}/issuers/{entity_id}".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            entity_id=quote(str(entity_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, IssuerRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
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
    entity_id: str,
    *,
    client: Client,
    body: IssuerRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Issuer]:
    """API View for managing individual issuers.

    This endpoint allows retrieving, updating, and deleting specific issuers identified by their
    entity_id or org identifier.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The issuer entity ID or org identifier

    Methods:
    GET: Retrieve a specific issuer
    PUT: Update a specific issuer
    DELETE: Delete a specific issuer

    PUT Request Body:
    A JSON object containing issuer details to update:
    - name (str, optional): Issuer name
    - iconImage (str, optional): URL to issuer icon
    - email (str, optional): Contact email for the issuer
    - url (str, optional): Website URL for the issuer
    - allowed_template_tags (array, optional): List of allowed template tags

    Returns:
    GET: A JSON response containing the issuer details:
    [
    {
    "name": "Example University",
    "org": "example-university",
    "entityId": "abc123",
    "signatories": [...],
    "url": "https://example.com",
    "iconImage": "https://example.com/logo.png",
    "allowed_template_tags": [...]
    }
    ]
    PUT: A JSON response containing the updated issuer details:
    [
    {
    "name": "Example University",
    "org": "example-university",
    "entityId": "abc123",
    "signatories": [...],
    "url": "https://example.com",
    "iconImage": "https://example.com/new-logo.png",
    "allowed_template_tags": [...]
    }
    ]
    DELETE: A JSON response indicating success:
    {
    "status": {"success": true, "description": "Deleted"}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the issuer doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage issuers

    ``PUT /api/credentials/orgs/{org}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_update``)

    Args:
        org (str):
        user_id (str):
        entity_id (str):
        body (IssuerRequest):

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
            entity_id,
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
    entity_id: str,
    *,
    client: Client,
    body: IssuerRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Issuer:
    """API View for managing individual issuers.

    This endpoint allows retrieving, updating, and deleting specific issuers identified by their
    entity_id or org identifier.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The issuer entity ID or org identifier

    Methods:
    GET: Retrieve a specific issuer
    PUT: Update a specific issuer
    DELETE: Delete a specific issuer

    PUT Request Body:
    A JSON object containing issuer details to update:
    - name (str, optional): Issuer name
    - iconImage (str, optional): URL to issuer icon
    - email (str, optional): Contact email for the issuer
    - url (str, optional): Website URL for the issuer
    - allowed_template_tags (array, optional): List of allowed template tags

    Returns:
    GET: A JSON response containing the issuer details:
    [
    {
    "name": "Example University",
    "org": "example-university",
    "entityId": "abc123",
    "signatories": [...],
    "url": "https://example.com",
    "iconImage": "https://example.com/logo.png",
    "allowed_template_tags": [...]
    }
    ]
    PUT: A JSON response containing the updated issuer details:
    [
    {
    "name": "Example University",
    "org": "example-university",
    "entityId": "abc123",
    "signatories": [...],
    "url": "https://example.com",
    "iconImage": "https://example.com/new-logo.png",
    "allowed_template_tags": [...]
    }
    ]
    DELETE: A JSON response indicating success:
    {
    "status": {"success": true, "description": "Deleted"}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the issuer doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage issuers

    ``PUT /api/credentials/orgs/{org}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_update``)

    Args:
        org (str):
        user_id (str):
        entity_id (str):
        body (IssuerRequest):

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
        entity_id,
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
    entity_id: str,
    *,
    client: AsyncClient,
    body: IssuerRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Issuer]:
    """API View for managing individual issuers.

    This endpoint allows retrieving, updating, and deleting specific issuers identified by their
    entity_id or org identifier.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The issuer entity ID or org identifier

    Methods:
    GET: Retrieve a specific issuer
    PUT: Update a specific issuer
    DELETE: Delete a specific issuer

    PUT Request Body:
    A JSON object containing issuer details to update:
    - name (str, optional): Issuer name
    - iconImage (str, optional): URL to issuer icon
    - email (str, optional): Contact email for the issuer
    - url (str, optional): Website URL for the issuer
    - allowed_template_tags (array, optional): List of allowed template tags

    Returns:
    GET: A JSON response containing the issuer details:
    [
    {
    "name": "Example University",
    "org": "example-university",
    "entityId": "abc123",
    "signatories": [...],
    "url": "https://example.com",
    "iconImage": "https://example.com/logo.png",
    "allowed_template_tags": [...]
    }
    ]
    PUT: A JSON response containing the updated issuer details:
    [
    {
    "name": "Example University",
    "org": "example-university",
    "entityId": "abc123",
    "signatories": [...],
    "url": "https://example.com",
    "iconImage": "https://example.com/new-logo.png",
    "allowed_template_tags": [...]
    }
    ]
    DELETE: A JSON response indicating success:
    {
    "status": {"success": true, "description": "Deleted"}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the issuer doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage issuers

    ``PUT /api/credentials/orgs/{org}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_update``)

    Args:
        org (str):
        user_id (str):
        entity_id (str):
        body (IssuerRequest):

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
            entity_id,
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
    entity_id: str,
    *,
    client: AsyncClient,
    body: IssuerRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Issuer:
    """API View for managing individual issuers.

    This endpoint allows retrieving, updating, and deleting specific issuers identified by their
    entity_id or org identifier.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The issuer entity ID or org identifier

    Methods:
    GET: Retrieve a specific issuer
    PUT: Update a specific issuer
    DELETE: Delete a specific issuer

    PUT Request Body:
    A JSON object containing issuer details to update:
    - name (str, optional): Issuer name
    - iconImage (str, optional): URL to issuer icon
    - email (str, optional): Contact email for the issuer
    - url (str, optional): Website URL for the issuer
    - allowed_template_tags (array, optional): List of allowed template tags

    Returns:
    GET: A JSON response containing the issuer details:
    [
    {
    "name": "Example University",
    "org": "example-university",
    "entityId": "abc123",
    "signatories": [...],
    "url": "https://example.com",
    "iconImage": "https://example.com/logo.png",
    "allowed_template_tags": [...]
    }
    ]
    PUT: A JSON response containing the updated issuer details:
    [
    {
    "name": "Example University",
    "org": "example-university",
    "entityId": "abc123",
    "signatories": [...],
    "url": "https://example.com",
    "iconImage": "https://example.com/new-logo.png",
    "allowed_template_tags": [...]
    }
    ]
    DELETE: A JSON response indicating success:
    {
    "status": {"success": true, "description": "Deleted"}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the issuer doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage issuers

    ``PUT /api/credentials/orgs/{org}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_update``)

    Args:
        org (str):
        user_id (str):
        entity_id (str):
        body (IssuerRequest):

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
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
