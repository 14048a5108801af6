from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_platform_self_link_request import UserPlatformSelfLinkRequest
from ...models.user_platform_self_link_response import UserPlatformSelfLinkResponse

OPERATION_ID = "core_users_platforms_self_link_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: UserPlatformSelfLinkResponse,
}


def _get_kwargs(
    *,
    body: UserPlatformSelfLinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/users/platforms/self-link/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserPlatformSelfLinkResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = UserPlatformSelfLinkResponse.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: UserPlatformSelfLinkRequest,
) -> Response[UserPlatformSelfLinkResponse]:
    """Allow authenticated users to self-link to platforms that have self-linking enabled

    Params: platform_key: The key of the platform to link to

    ``POST /api/core/users/platforms/self-link/`` (operation ``core_users_platforms_self_link_create``)

    Args:
        body (UserPlatformSelfLinkRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserPlatformSelfLinkResponse]: status, headers, raw body and parsed model.
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
    body: UserPlatformSelfLinkRequest,
) -> UserPlatformSelfLinkResponse:
    """Allow authenticated users to self-link to platforms that have self-linking enabled

    Params: platform_key: The key of the platform to link to

    ``POST /api/core/users/platforms/self-link/`` (operation ``core_users_platforms_self_link_create``)

    Args:
        body (UserPlatformSelfLinkRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserPlatformSelfLinkResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: UserPlatformSelfLinkRequest,
) -> Response[UserPlatformSelfLinkResponse]:
    """Allow authenticated users to self-link to platforms that have self-linking enabled

    Params: platform_key: The key of the platform to link to

    ``POST /api/core/users/platforms/self-link/`` (operation ``core_users_platforms_self_link_create``)

    Args:
        body (UserPlatformSelfLinkRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserPlatformSelfLinkResponse]: status, headers, raw body and parsed model.
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
    body: UserPlatformSelfLinkRequest,
) -> UserPlatformSelfLinkResponse:
    """Allow authenticated users to self-link to platforms that have self-linking enabled

    Params: platform_key: The key of the platform to link to

    ``POST /api/core/users/platforms/self-link/`` (operation ``core_users_platforms_self_link_create``)

    Args:
        body (UserPlatformSelfLinkRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserPlatformSelfLinkResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
