from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.blank_platform_invitation_create import BlankPlatformInvitationCreate
from ...models.bulk_platform_invitation_response import BulkPlatformInvitationResponse

OPERATION_ID = "catalog_invitations_platform_blank_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: BulkPlatformInvitationResponse,
}


def _get_kwargs(
    *,
    body: BlankPlatformInvitationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/invitations/platform/blank/",
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
    body: BlankPlatformInvitationCreate,
) -> Response[BulkPlatformInvitationResponse]:
    """Create multiple blank platform invitations

    ``POST /api/catalog/invitations/platform/blank/`` (operation ``catalog_invitations_platform_blank_create``)

    Args:
        body (BlankPlatformInvitationCreate): Request serializer for BlankPlatformInvitationView
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
    body: BlankPlatformInvitationCreate,
) -> BulkPlatformInvitationResponse:
    """Create multiple blank platform invitations

    ``POST /api/catalog/invitations/platform/blank/`` (operation ``catalog_invitations_platform_blank_create``)

    Args:
        body (BlankPlatformInvitationCreate): Request serializer for BlankPlatformInvitationView
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
    body: BlankPlatformInvitationCreate,
) -> Response[BulkPlatformInvitationResponse]:
    """Create multiple blank platform invitations

    ``POST /api/catalog/invitations/platform/blank/`` (operation ``catalog_invitations_platform_blank_create``)

    Args:
        body (BlankPlatformInvitationCreate): Request serializer for BlankPlatformInvitationView
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
    body: BlankPlatformInvitationCreate,
) -> BulkPlatformInvitationResponse:
    """Create multiple blank platform invitations

    ``POST /api/catalog/invitations/platform/blank/`` (operation ``catalog_invitations_platform_blank_create``)

    Args:
        body (BlankPlatformInvitationCreate): Request serializer for BlankPlatformInvitationView
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
