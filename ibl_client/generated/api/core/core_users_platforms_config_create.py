from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_membership_config import PlatformMembershipConfig
from ...models.platform_membership_config_post_request import PlatformMembershipConfigPostRequest

OPERATION_ID = "core_users_platforms_config_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformMembershipConfig,
    201: PlatformMembershipConfig,
}


def _get_kwargs(
    *,
    body: PlatformMembershipConfigPostRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/users/platforms/config/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformMembershipConfig | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlatformMembershipConfig.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PlatformMembershipConfig.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformMembershipConfigPostRequest,
) -> Response[PlatformMembershipConfig]:
    """Set platform self-linking configuration

    Params: platform_key: The key of the platform to configure allow_self_linking: Whether to allow
    self-linking for this platform

    ``POST /api/core/users/platforms/config/`` (operation ``core_users_platforms_config_create``)

    Args:
        body (PlatformMembershipConfigPostRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformMembershipConfig]: status, headers, raw body and parsed model.
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
    body: PlatformMembershipConfigPostRequest,
) -> PlatformMembershipConfig:
    """Set platform self-linking configuration

    Params: platform_key: The key of the platform to configure allow_self_linking: Whether to allow
    self-linking for this platform

    ``POST /api/core/users/platforms/config/`` (operation ``core_users_platforms_config_create``)

    Args:
        body (PlatformMembershipConfigPostRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformMembershipConfig
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformMembershipConfigPostRequest,
) -> Response[PlatformMembershipConfig]:
    """Set platform self-linking configuration

    Params: platform_key: The key of the platform to configure allow_self_linking: Whether to allow
    self-linking for this platform

    ``POST /api/core/users/platforms/config/`` (operation ``core_users_platforms_config_create``)

    Args:
        body (PlatformMembershipConfigPostRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformMembershipConfig]: status, headers, raw body and parsed model.
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
    body: PlatformMembershipConfigPostRequest,
) -> PlatformMembershipConfig:
    """Set platform self-linking configuration

    Params: platform_key: The key of the platform to configure allow_self_linking: Whether to allow
    self-linking for this platform

    ``POST /api/core/users/platforms/config/`` (operation ``core_users_platforms_config_create``)

    Args:
        body (PlatformMembershipConfigPostRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformMembershipConfig
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
