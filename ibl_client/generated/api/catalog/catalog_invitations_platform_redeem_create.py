from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_invitation_detail import PlatformInvitationDetail
from ...models.platform_invitation_redemption import PlatformInvitationRedemption

OPERATION_ID = "catalog_invitations_platform_redeem_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformInvitationDetail,
}


def _get_kwargs(
    *,
    body: PlatformInvitationRedemption,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/invitations/platform/redeem/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformInvitationDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlatformInvitationDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformInvitationRedemption,
) -> Response[PlatformInvitationDetail]:
    """Redeem a blank platform invitation

    ``POST /api/catalog/invitations/platform/redeem/`` (operation ``catalog_invitations_platform_redeem_create``)

    Args:
        body (PlatformInvitationRedemption): Request serializer for
            PlatformInvitationRedemptionView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformInvitationDetail]: status, headers, raw body and parsed model.
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
    body: PlatformInvitationRedemption,
) -> PlatformInvitationDetail:
    """Redeem a blank platform invitation

    ``POST /api/catalog/invitations/platform/redeem/`` (operation ``catalog_invitations_platform_redeem_create``)

    Args:
        body (PlatformInvitationRedemption): Request serializer for
            PlatformInvitationRedemptionView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformInvitationDetail
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformInvitationRedemption,
) -> Response[PlatformInvitationDetail]:
    """Redeem a blank platform invitation

    ``POST /api/catalog/invitations/platform/redeem/`` (operation ``catalog_invitations_platform_redeem_create``)

    Args:
        body (PlatformInvitationRedemption): Request serializer for
            PlatformInvitationRedemptionView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformInvitationDetail]: status, headers, raw body and parsed model.
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
    body: PlatformInvitationRedemption,
) -> PlatformInvitationDetail:
    """Redeem a blank platform invitation

    ``POST /api/catalog/invitations/platform/redeem/`` (operation ``catalog_invitations_platform_redeem_create``)

    Args:
        body (PlatformInvitationRedemption): Request serializer for
            PlatformInvitationRedemptionView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformInvitationDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
