from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.blank_program_invitation_create import BlankProgramInvitationCreate
from ...models.bulk_program_invitation_response import BulkProgramInvitationResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "catalog_invitations_program_blank_create"


def _get_kwargs(
    *,
    body: BlankProgramInvitationCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/invitations/program/blank/",
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, BlankProgramInvitationCreate, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BulkProgramInvitationResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", BulkProgramInvitationResponse, response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: BlankProgramInvitationCreate | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    body: BlankProgramInvitationCreate | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: BlankProgramInvitationCreate | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: BlankProgramInvitationCreate | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
