from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.bulk_program_invitation_create import BulkProgramInvitationCreate
from ...models.bulk_program_invitation_response import BulkProgramInvitationResponse

OPERATION_ID = "catalog_invitations_program_bulk_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: BulkProgramInvitationResponse,
}


def _get_kwargs(
    *,
    body: BulkProgramInvitationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/invitations/program/bulk/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BulkProgramInvitationResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = BulkProgramInvitationResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: BulkProgramInvitationCreate,
) -> Response[BulkProgramInvitationResponse]:
    """API View for bulk creation of program invitations.

    This endpoint allows creating multiple program invitations at once.

    Request Parameters:
    invitation_data (list, required): List of invitation data objects, each containing:
    program_key (str, required): The program to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    platform_key (str, required for platform admins): The platform key for permission validation

    Methods:
    POST: Create multiple program invitations

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

    ``POST /api/catalog/invitations/program/bulk/`` (operation ``catalog_invitations_program_bulk_create``)

    Args:
        body (BulkProgramInvitationCreate): Request serializer for BulkProgramInvitationView POST
            endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BulkProgramInvitationResponse]: status, headers, raw body and parsed model.
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
    body: BulkProgramInvitationCreate,
) -> BulkProgramInvitationResponse:
    """API View for bulk creation of program invitations.

    This endpoint allows creating multiple program invitations at once.

    Request Parameters:
    invitation_data (list, required): List of invitation data objects, each containing:
    program_key (str, required): The program to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    platform_key (str, required for platform admins): The platform key for permission validation

    Methods:
    POST: Create multiple program invitations

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

    ``POST /api/catalog/invitations/program/bulk/`` (operation ``catalog_invitations_program_bulk_create``)

    Args:
        body (BulkProgramInvitationCreate): Request serializer for BulkProgramInvitationView POST
            endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BulkProgramInvitationResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: BulkProgramInvitationCreate,
) -> Response[BulkProgramInvitationResponse]:
    """API View for bulk creation of program invitations.

    This endpoint allows creating multiple program invitations at once.

    Request Parameters:
    invitation_data (list, required): List of invitation data objects, each containing:
    program_key (str, required): The program to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    platform_key (str, required for platform admins): The platform key for permission validation

    Methods:
    POST: Create multiple program invitations

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

    ``POST /api/catalog/invitations/program/bulk/`` (operation ``catalog_invitations_program_bulk_create``)

    Args:
        body (BulkProgramInvitationCreate): Request serializer for BulkProgramInvitationView POST
            endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BulkProgramInvitationResponse]: status, headers, raw body and parsed model.
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
    body: BulkProgramInvitationCreate,
) -> BulkProgramInvitationResponse:
    """API View for bulk creation of program invitations.

    This endpoint allows creating multiple program invitations at once.

    Request Parameters:
    invitation_data (list, required): List of invitation data objects, each containing:
    program_key (str, required): The program to create an invitation for
    email (str, required): The email address to invite
    active (bool, optional): Whether the invitation is active
    metadata fields: Any additional parameters will be added as metadata
    platform_key (str, required for platform admins): The platform key for permission validation

    Methods:
    POST: Create multiple program invitations

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

    ``POST /api/catalog/invitations/program/bulk/`` (operation ``catalog_invitations_program_bulk_create``)

    Args:
        body (BulkProgramInvitationCreate): Request serializer for BulkProgramInvitationView POST
            endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BulkProgramInvitationResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
