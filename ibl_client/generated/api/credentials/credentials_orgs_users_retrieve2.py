from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.credential import Credential

OPERATION_ID = "credentials_orgs_users_retrieve2"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Credential,
}


def _get_kwargs(
    platform_key: str,
    user_id: int,
    entity_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}".format(
            platform_key=quote(str(platform_key), safe=""),
            user_id=quote(str(user_id), safe=""),
            entity_id=quote(str(entity_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Credential | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Credential.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    user_id: int,
    entity_id: str,
    *,
    client: Client,
) -> Response[Credential]:
    """API View for managing individual credentials.

    This endpoint allows retrieving, updating, and deleting specific credentials identified by their
    entity_id.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The credential entity ID

    Methods:
    GET: Retrieve a specific credential
    PUT: Update a specific credential
    DELETE: Delete a specific credential

    PUT Request Body:
    A JSON object containing credential details to update:
    - name (str, optional): Credential name
    - description (str, optional): Credential description
    - credential_type (str, optional): Type of credential
    - html_template (str, optional): HTML template for credential rendering
    - css_template (str, optional): CSS template for credential styling
    - icon_image (str, optional): URL to credential icon
    - background_image (str, optional): URL to credential background
    - thumbnail_image (str, optional): URL to credential thumbnail
    - criteria_url (str, optional): URL to credential criteria
    - criteria_text (str, optional): Text description of credential criteria
    - issuing_signal (str, optional): Signal that triggers credential issuance

    Returns:
    GET: A JSON response containing:
    {
    "status": {"success": true, "description": "Ok"},
    "result": {credential object}
    }
    PUT: A JSON response containing:
    {
    "status": {"success": true, "description": "Updated"},
    "result": {credential object}
    }
    DELETE: A JSON response indicating success:
    {
    "status": {"success": true, "description": "Deleted"}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the credential doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires CredentialAssignmentPermission
    - Users can only manage credentials they have permission to access

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}`` (operation ``credentials_orgs_users_retrieve2``)

    Args:
        platform_key (str):
        user_id (int):
        entity_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Credential]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            entity_id,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    user_id: int,
    entity_id: str,
    *,
    client: Client,
) -> Credential:
    """API View for managing individual credentials.

    This endpoint allows retrieving, updating, and deleting specific credentials identified by their
    entity_id.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The credential entity ID

    Methods:
    GET: Retrieve a specific credential
    PUT: Update a specific credential
    DELETE: Delete a specific credential

    PUT Request Body:
    A JSON object containing credential details to update:
    - name (str, optional): Credential name
    - description (str, optional): Credential description
    - credential_type (str, optional): Type of credential
    - html_template (str, optional): HTML template for credential rendering
    - css_template (str, optional): CSS template for credential styling
    - icon_image (str, optional): URL to credential icon
    - background_image (str, optional): URL to credential background
    - thumbnail_image (str, optional): URL to credential thumbnail
    - criteria_url (str, optional): URL to credential criteria
    - criteria_text (str, optional): Text description of credential criteria
    - issuing_signal (str, optional): Signal that triggers credential issuance

    Returns:
    GET: A JSON response containing:
    {
    "status": {"success": true, "description": "Ok"},
    "result": {credential object}
    }
    PUT: A JSON response containing:
    {
    "status": {"success": true, "description": "Updated"},
    "result": {credential object}
    }
    DELETE: A JSON response indicating success:
    {
    "status": {"success": true, "description": "Deleted"}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the credential doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires CredentialAssignmentPermission
    - Users can only manage credentials they have permission to access

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}`` (operation ``credentials_orgs_users_retrieve2``)

    Args:
        platform_key (str):
        user_id (int):
        entity_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Credential
    """

    return sync_detailed(
        platform_key,
        user_id,
        entity_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    user_id: int,
    entity_id: str,
    *,
    client: AsyncClient,
) -> Response[Credential]:
    """API View for managing individual credentials.

    This endpoint allows retrieving, updating, and deleting specific credentials identified by their
    entity_id.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The credential entity ID

    Methods:
    GET: Retrieve a specific credential
    PUT: Update a specific credential
    DELETE: Delete a specific credential

    PUT Request Body:
    A JSON object containing credential details to update:
    - name (str, optional): Credential name
    - description (str, optional): Credential description
    - credential_type (str, optional): Type of credential
    - html_template (str, optional): HTML template for credential rendering
    - css_template (str, optional): CSS template for credential styling
    - icon_image (str, optional): URL to credential icon
    - background_image (str, optional): URL to credential background
    - thumbnail_image (str, optional): URL to credential thumbnail
    - criteria_url (str, optional): URL to credential criteria
    - criteria_text (str, optional): Text description of credential criteria
    - issuing_signal (str, optional): Signal that triggers credential issuance

    Returns:
    GET: A JSON response containing:
    {
    "status": {"success": true, "description": "Ok"},
    "result": {credential object}
    }
    PUT: A JSON response containing:
    {
    "status": {"success": true, "description": "Updated"},
    "result": {credential object}
    }
    DELETE: A JSON response indicating success:
    {
    "status": {"success": true, "description": "Deleted"}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the credential doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires CredentialAssignmentPermission
    - Users can only manage credentials they have permission to access

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}`` (operation ``credentials_orgs_users_retrieve2``)

    Args:
        platform_key (str):
        user_id (int):
        entity_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Credential]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            entity_id,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    user_id: int,
    entity_id: str,
    *,
    client: AsyncClient,
) -> Credential:
    """API View for managing individual credentials.

    This endpoint allows retrieving, updating, and deleting specific credentials identified by their
    entity_id.

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request
    entity_id (str): The credential entity ID

    Methods:
    GET: Retrieve a specific credential
    PUT: Update a specific credential
    DELETE: Delete a specific credential

    PUT Request Body:
    A JSON object containing credential details to update:
    - name (str, optional): Credential name
    - description (str, optional): Credential description
    - credential_type (str, optional): Type of credential
    - html_template (str, optional): HTML template for credential rendering
    - css_template (str, optional): CSS template for credential styling
    - icon_image (str, optional): URL to credential icon
    - background_image (str, optional): URL to credential background
    - thumbnail_image (str, optional): URL to credential thumbnail
    - criteria_url (str, optional): URL to credential criteria
    - criteria_text (str, optional): Text description of credential criteria
    - issuing_signal (str, optional): Signal that triggers credential issuance

    Returns:
    GET: A JSON response containing:
    {
    "status": {"success": true, "description": "Ok"},
    "result": {credential object}
    }
    PUT: A JSON response containing:
    {
    "status": {"success": true, "description": "Updated"},
    "result": {credential object}
    }
    DELETE: A JSON response indicating success:
    {
    "status": {"success": true, "description": "Deleted"}
    }

    Error Responses:
    400 Bad Request: If the request data is invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If the credential doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires CredentialAssignmentPermission
    - Users can only manage credentials they have permission to access

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}`` (operation ``credentials_orgs_users_retrieve2``)

    Args:
        platform_key (str):
        user_id (int):
        entity_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Credential
    """

    return (
        await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            client=client,
        )
    ).unwrap()
