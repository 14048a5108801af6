from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.blank_program_invitation_create import BlankProgramInvitationCreate
from ...models.bulk_program_invitation_response import BulkProgramInvitationResponse

OPERATION_ID = "catalog_invitations_program_blank_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: BulkProgramInvitationResponse,
}


def _get_kwargs(
    *,
    body: BlankProgramInvitationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/invitations/program/blank/",
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
    body: BlankProgramInvitationCreate,
) -> Response[BulkProgramInvitationResponse]:
    """API View for creating blank program invitations.

    This endpoint allows creating multiple blank program invitations (without user association) that
    can be redeemed later.

    Request Parameters:
    program_key (str, required): The program to create invitations for
    source (str, required): The source identifier for the invitations
    count (int, required): The number of blank invitations to create
    metadata fields: Any additional parameters will be added as metadata

    Methods:
    POST: Create multiple blank program invitations

    Returns:
    POST: A JSON response containing the creation results:
    {
    "successes": 10,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs during creation

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminForProgram permission
    - Available to DM admins and platform admins for the specific program

    ``POST /api/catalog/invitations/program/blank/`` (operation ``catalog_invitations_program_blank_create``)

    Args:
        body (BlankProgramInvitationCreate): Request serializer for BlankProgramInvitationView
            POST endpoint

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
    body: BlankProgramInvitationCreate,
) -> BulkProgramInvitationResponse:
    """API View for creating blank program invitations.

    This endpoint allows creating multiple blank program invitations (without user association) that
    can be redeemed later.

    Request Parameters:
    program_key (str, required): The program to create invitations for
    source (str, required): The source identifier for the invitations
    count (int, required): The number of blank invitations to create
    metadata fields: Any additional parameters will be added as metadata

    Methods:
    POST: Create multiple blank program invitations

    Returns:
    POST: A JSON response containing the creation results:
    {
    "successes": 10,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs during creation

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminForProgram permission
    - Available to DM admins and platform admins for the specific program

    ``POST /api/catalog/invitations/program/blank/`` (operation ``catalog_invitations_program_blank_create``)

    Args:
        body (BlankProgramInvitationCreate): Request serializer for BlankProgramInvitationView
            POST endpoint

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
    body: BlankProgramInvitationCreate,
) -> Response[BulkProgramInvitationResponse]:
    """API View for creating blank program invitations.

    This endpoint allows creating multiple blank program invitations (without user association) that
    can be redeemed later.

    Request Parameters:
    program_key (str, required): The program to create invitations for
    source (str, required): The source identifier for the invitations
    count (int, required): The number of blank invitations to create
    metadata fields: Any additional parameters will be added as metadata

    Methods:
    POST: Create multiple blank program invitations

    Returns:
    POST: A JSON response containing the creation results:
    {
    "successes": 10,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs during creation

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminForProgram permission
    - Available to DM admins and platform admins for the specific program

    ``POST /api/catalog/invitations/program/blank/`` (operation ``catalog_invitations_program_blank_create``)

    Args:
        body (BlankProgramInvitationCreate): Request serializer for BlankProgramInvitationView
            POST endpoint

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
    body: BlankProgramInvitationCreate,
) -> BulkProgramInvitationResponse:
    """API View for creating blank program invitations.

    This endpoint allows creating multiple blank program invitations (without user association) that
    can be redeemed later.

    Request Parameters:
    program_key (str, required): The program to create invitations for
    source (str, required): The source identifier for the invitations
    count (int, required): The number of blank invitations to create
    metadata fields: Any additional parameters will be added as metadata

    Methods:
    POST: Create multiple blank program invitations

    Returns:
    POST: A JSON response containing the creation results:
    {
    "successes": 10,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs during creation

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminForProgram permission
    - Available to DM admins and platform admins for the specific program

    ``POST /api/catalog/invitations/program/blank/`` (operation ``catalog_invitations_program_blank_create``)

    Args:
        body (BlankProgramInvitationCreate): Request serializer for BlankProgramInvitationView
            POST endpoint

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
