from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.o_auth_start_response import OAuthStartResponse

OPERATION_ID = "ai_account_connected_services_orgs_users_retrieve2"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: OAuthStartResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    provider: str,
    service: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-account/connected-services/orgs/{org}/users/{user_id}/{provider}/{service}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            provider=quote(str(provider), safe=""),
            service=quote(str(service), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> OAuthStartResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = OAuthStartResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    provider: str,
    service: str,
    *,
    client: Client,
) -> Response[OAuthStartResponse]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{provider}/{service}/`` (operation ``ai_account_connected_services_orgs_users_retrieve2``)

    Args:
        org (str):
        user_id (str):
        provider (str):
        service (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OAuthStartResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            provider,
            service,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    provider: str,
    service: str,
    *,
    client: Client,
) -> OAuthStartResponse:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{provider}/{service}/`` (operation ``ai_account_connected_services_orgs_users_retrieve2``)

    Args:
        org (str):
        user_id (str):
        provider (str):
        service (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OAuthStartResponse
    """

    return sync_detailed(
        org,
        user_id,
        provider,
        service,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    provider: str,
    service: str,
    *,
    client: AsyncClient,
) -> Response[OAuthStartResponse]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{provider}/{service}/`` (operation ``ai_account_connected_services_orgs_users_retrieve2``)

    Args:
        org (str):
        user_id (str):
        provider (str):
        service (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OAuthStartResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            provider,
            service,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    provider: str,
    service: str,
    *,
    client: AsyncClient,
) -> OAuthStartResponse:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{provider}/{service}/`` (operation ``ai_account_connected_services_orgs_users_retrieve2``)

    Args:
        org (str):
        user_id (str):
        provider (str):
        service (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OAuthStartResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            provider,
            service,
            client=client,
        )
    ).unwrap()
