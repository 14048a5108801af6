from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.bulk_platform_invitation_create import BulkPlatformInvitationCreate
from ...models.bulk_platform_invitation_response import BulkPlatformInvitationResponse

OPERATION_ID = "catalog_invitations_platform_bulk_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: BulkPlatformInvitationResponse,
}


def _get_kwargs(
    *,
    body: BulkPlatformInvitationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/invitations/platform/bulk/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BulkPlatformInvitationResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = BulkPlatformInvitationResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: BulkPlatformInvitationCreate,
) -> Response[BulkPlatformInvitationResponse]:
    """API View for bulk creating platform invitations.

    This endpoint allows creating multiple platform invitations in a single request.

    Request Parameters:
    invitation_data (list, required): List of invitation data objects, each containing:
    platform_key (str, required): The platform to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    platform_key (str, required for platform admins): The platform key for permission validation

    Methods:
    POST: Create multiple platform invitations

    Returns:
    POST: A JSON response containing the creation results:
    {
    "successes": 5,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs during creation

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdmin permission
    - Available to platform administrators and DM admins

    ``POST /api/catalog/invitations/platform/bulk/`` (operation ``catalog_invitations_platform_bulk_create``)

    Args:
        body (BulkPlatformInvitationCreate): Request serializer for BulkPlatformInvitationView
            POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BulkPlatformInvitationResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: BulkPlatformInvitationCreate,
) -> BulkPlatformInvitationResponse:
    """API View for bulk creating platform invitations.

    This endpoint allows creating multiple platform invitations in a single request.

    Request Parameters:
    invitation_data (list, required): List of invitation data objects, each containing:
    platform_key (str, required): The platform to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    platform_key (str, required for platform admins): The platform key for permission validation

    Methods:
    POST: Create multiple platform invitations

    Returns:
    POST: A JSON response containing the creation results:
    {
    "successes": 5,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs during creation

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdmin permission
    - Available to platform administrators and DM admins

    ``POST /api/catalog/invitations/platform/bulk/`` (operation ``catalog_invitations_platform_bulk_create``)

    Args:
        body (BulkPlatformInvitationCreate): Request serializer for BulkPlatformInvitationView
            POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BulkPlatformInvitationResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: BulkPlatformInvitationCreate,
) -> Response[BulkPlatformInvitationResponse]:
    """API View for bulk creating platform invitations.

    This endpoint allows creating multiple platform invitations in a single request.

    Request Parameters:
    invitation_data (list, required): List of invitation data objects, each containing:
    platform_key (str, required): The platform to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    platform_key (str, required for platform admins): The platform key for permission validation

    Methods:
    POST: Create multiple platform invitations

    Returns:
    POST: A JSON response containing the creation results:
    {
    "successes": 5,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs during creation

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdmin permission
    - Available to platform administrators and DM admins

    ``POST /api/catalog/invitations/platform/bulk/`` (operation ``catalog_invitations_platform_bulk_create``)

    Args:
        body (BulkPlatformInvitationCreate): Request serializer for BulkPlatformInvitationView
            POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BulkPlatformInvitationResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: BulkPlatformInvitationCreate,
) -> BulkPlatformInvitationResponse:
    """API View for bulk creating platform invitations.

    This endpoint allows creating multiple platform invitations in a single request.

    Request Parameters:
    invitation_data (list, required): List of invitation data objects, each containing:
    platform_key (str, required): The platform to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    platform_key (str, required for platform admins): The platform key for permission validation

    Methods:
    POST: Create multiple platform invitations

    Returns:
    POST: A JSON response containing the creation results:
    {
    "successes": 5,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs during creation

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdmin permission
    - Available to platform administrators and DM admins

    ``POST /api/catalog/invitations/platform/bulk/`` (operation ``catalog_invitations_platform_bulk_create``)

    Args:
        body (BulkPlatformInvitationCreate): Request serializer for BulkPlatformInvitationView
            POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BulkPlatformInvitationResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
