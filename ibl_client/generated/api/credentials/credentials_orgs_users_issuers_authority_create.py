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
from ...models.issuer_authority import IssuerAuthority
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "credentials_orgs_users_issuers_authority_create"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: IssuerAuthority | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/credentials/orgs/{org}/users/{user_id}/issuers/authority/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, IssuerAuthority, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> IssuerAuthority | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", IssuerAuthority, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: IssuerAuthority | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[IssuerAuthority]:
    """API View for managing issuer authorities (signatories).

    This endpoint allows creating authorities/signatories that can be associated with issuers or
    specific credentials.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Methods:
    POST: Create a new issuer authority

    POST Request Body:
    A JSON object containing authority details:
    - name (str, required): Name of the signatory
    - title (str, required): Title of the signatory
    - signature (str, required): URL to the signature image
    - org (str, optional): Organization identifier to associate with an issuer
    - entityId (str, optional): Issuer entity ID to associate with
    - credential (str, optional): Credential entity ID to associate with

    Returns:
    POST: A JSON response containing the created authority:
    {
    "data": {
    "name": "John Smith",
    "title": "President",
    "signature": "https://example.com/signatures/john-smith.png"
    }
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required fields
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the issuer or credential doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage authorities

    ``POST /api/credentials/orgs/{org}/users/{user_id}/issuers/authority/`` (operation ``credentials_orgs_users_issuers_authority_create``)

    Args:
        org (str):
        user_id (str):
        body (IssuerAuthority):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[IssuerAuthority]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
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
    *,
    client: Client,
    body: IssuerAuthority | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> IssuerAuthority:
    """API View for managing issuer authorities (signatories).

    This endpoint allows creating authorities/signatories that can be associated with issuers or
    specific credentials.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Methods:
    POST: Create a new issuer authority

    POST Request Body:
    A JSON object containing authority details:
    - name (str, required): Name of the signatory
    - title (str, required): Title of the signatory
    - signature (str, required): URL to the signature image
    - org (str, optional): Organization identifier to associate with an issuer
    - entityId (str, optional): Issuer entity ID to associate with
    - credential (str, optional): Credential entity ID to associate with

    Returns:
    POST: A JSON response containing the created authority:
    {
    "data": {
    "name": "John Smith",
    "title": "President",
    "signature": "https://example.com/signatures/john-smith.png"
    }
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required fields
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the issuer or credential doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage authorities

    ``POST /api/credentials/orgs/{org}/users/{user_id}/issuers/authority/`` (operation ``credentials_orgs_users_issuers_authority_create``)

    Args:
        org (str):
        user_id (str):
        body (IssuerAuthority):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        IssuerAuthority
    """

    return sync_detailed(
        org,
        user_id,
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
    *,
    client: AsyncClient,
    body: IssuerAuthority | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[IssuerAuthority]:
    """API View for managing issuer authorities (signatories).

    This endpoint allows creating authorities/signatories that can be associated with issuers or
    specific credentials.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Methods:
    POST: Create a new issuer authority

    POST Request Body:
    A JSON object containing authority details:
    - name (str, required): Name of the signatory
    - title (str, required): Title of the signatory
    - signature (str, required): URL to the signature image
    - org (str, optional): Organization identifier to associate with an issuer
    - entityId (str, optional): Issuer entity ID to associate with
    - credential (str, optional): Credential entity ID to associate with

    Returns:
    POST: A JSON response containing the created authority:
    {
    "data": {
    "name": "John Smith",
    "title": "President",
    "signature": "https://example.com/signatures/john-smith.png"
    }
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required fields
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the issuer or credential doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage authorities

    ``POST /api/credentials/orgs/{org}/users/{user_id}/issuers/authority/`` (operation ``credentials_orgs_users_issuers_authority_create``)

    Args:
        org (str):
        user_id (str):
        body (IssuerAuthority):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[IssuerAuthority]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
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
    *,
    client: AsyncClient,
    body: IssuerAuthority | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> IssuerAuthority:
    """API View for managing issuer authorities (signatories).

    This endpoint allows creating authorities/signatories that can be associated with issuers or
    specific credentials.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Methods:
    POST: Create a new issuer authority

    POST Request Body:
    A JSON object containing authority details:
    - name (str, required): Name of the signatory
    - title (str, required): Title of the signatory
    - signature (str, required): URL to the signature image
    - org (str, optional): Organization identifier to associate with an issuer
    - entityId (str, optional): Issuer entity ID to associate with
    - credential (str, optional): Credential entity ID to associate with

    Returns:
    POST: A JSON response containing the created authority:
    {
    "data": {
    "name": "John Smith",
    "title": "President",
    "signature": "https://example.com/signatures/john-smith.png"
    }
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required fields
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the issuer or credential doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can manage authorities

    ``POST /api/credentials/orgs/{org}/users/{user_id}/issuers/authority/`` (operation ``credentials_orgs_users_issuers_authority_create``)

    Args:
        org (str):
        user_id (str):
        body (IssuerAuthority):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        IssuerAuthority
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
