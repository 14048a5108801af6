from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_invitation_detail import ProgramInvitationDetail
from ...models.program_invitation_redemption import ProgramInvitationRedemption

OPERATION_ID = "catalog_invitations_program_redeem_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramInvitationDetail,
}


def _get_kwargs(
    *,
    body: ProgramInvitationRedemption,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/invitations/program/redeem/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramInvitationDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramInvitationDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ProgramInvitationRedemption,
) -> Response[ProgramInvitationDetail]:
    """API View for redeeming blank program invitations.

    This endpoint allows redeeming a blank program invitation by associating it with a user.

    Request Parameters:
    program_key (str, required): The program key for the invitation
    source (str, required): The source identifier for the invitation
    email (str, optional): The email to associate with the invitation
    username (str, optional): The username to associate with the invitation
    metadata fields: Any additional parameters will be added as metadata

    Methods:
    POST: Redeem a blank program invitation

    Returns:
    POST: A JSON response containing the redeemed invitation:
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If no blank invitation is available
    500 Internal Server Error: If an unexpected error occurs during redemption

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminForProgram permission
    - Available to DM admins and platform admins for the specific program

    ``POST /api/catalog/invitations/program/redeem/`` (operation ``catalog_invitations_program_redeem_create``)

    Args:
        body (ProgramInvitationRedemption): Request serializer for ProgramInvitationRedemptionView
            POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramInvitationDetail]: status, headers, raw body and parsed model.
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
    body: ProgramInvitationRedemption,
) -> ProgramInvitationDetail:
    """API View for redeeming blank program invitations.

    This endpoint allows redeeming a blank program invitation by associating it with a user.

    Request Parameters:
    program_key (str, required): The program key for the invitation
    source (str, required): The source identifier for the invitation
    email (str, optional): The email to associate with the invitation
    username (str, optional): The username to associate with the invitation
    metadata fields: Any additional parameters will be added as metadata

    Methods:
    POST: Redeem a blank program invitation

    Returns:
    POST: A JSON response containing the redeemed invitation:
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If no blank invitation is available
    500 Internal Server Error: If an unexpected error occurs during redemption

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminForProgram permission
    - Available to DM admins and platform admins for the specific program

    ``POST /api/catalog/invitations/program/redeem/`` (operation ``catalog_invitations_program_redeem_create``)

    Args:
        body (ProgramInvitationRedemption): Request serializer for ProgramInvitationRedemptionView
            POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramInvitationDetail
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ProgramInvitationRedemption,
) -> Response[ProgramInvitationDetail]:
    """API View for redeeming blank program invitations.

    This endpoint allows redeeming a blank program invitation by associating it with a user.

    Request Parameters:
    program_key (str, required): The program key for the invitation
    source (str, required): The source identifier for the invitation
    email (str, optional): The email to associate with the invitation
    username (str, optional): The username to associate with the invitation
    metadata fields: Any additional parameters will be added as metadata

    Methods:
    POST: Redeem a blank program invitation

    Returns:
    POST: A JSON response containing the redeemed invitation:
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If no blank invitation is available
    500 Internal Server Error: If an unexpected error occurs during redemption

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminForProgram permission
    - Available to DM admins and platform admins for the specific program

    ``POST /api/catalog/invitations/program/redeem/`` (operation ``catalog_invitations_program_redeem_create``)

    Args:
        body (ProgramInvitationRedemption): Request serializer for ProgramInvitationRedemptionView
            POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramInvitationDetail]: status, headers, raw body and parsed model.
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
    body: ProgramInvitationRedemption,
) -> ProgramInvitationDetail:
    """API View for redeeming blank program invitations.

    This endpoint allows redeeming a blank program invitation by associating it with a user.

    Request Parameters:
    program_key (str, required): The program key for the invitation
    source (str, required): The source identifier for the invitation
    email (str, optional): The email to associate with the invitation
    username (str, optional): The username to associate with the invitation
    metadata fields: Any additional parameters will be added as metadata

    Methods:
    POST: Redeem a blank program invitation

    Returns:
    POST: A JSON response containing the redeemed invitation:
    {
    "id": 123,
    "user_id": 456,
    "username": "username",
    "email": "user@example.com",
    "created": "2023-06-15T14:30:00Z",
    "started": "2023-06-15T14:30:00Z",
    "source": "source",
    "redirect_to": "https://example.com",
    "expired": null,
    "active": true,
    "metadata": {},
    "program_key": "org+program1"
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    404 Not Found: If no blank invitation is available
    500 Internal Server Error: If an unexpected error occurs during redemption

    Access Control:
    - Requires IsDMAdmin or IsPlatformAdminForProgram permission
    - Available to DM admins and platform admins for the specific program

    ``POST /api/catalog/invitations/program/redeem/`` (operation ``catalog_invitations_program_redeem_create``)

    Args:
        body (ProgramInvitationRedemption): Request serializer for ProgramInvitationRedemptionView
            POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramInvitationDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
