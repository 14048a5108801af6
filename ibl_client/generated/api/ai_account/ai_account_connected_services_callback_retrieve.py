from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.connected_service import ConnectedService

OPERATION_ID = "ai_account_connected_services_callback_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ConnectedService,
}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-account/connected-services/callback/",
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ConnectedService | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ConnectedService.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
) -> Response[ConnectedService]:
    """``GET /api/ai-account/connected-services/callback/`` (operation ``ai_account_connected_services_callback_retrieve``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ConnectedService]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
    )


def sync(
    *,
    client: Client,
) -> ConnectedService:
    """``GET /api/ai-account/connected-services/callback/`` (operation ``ai_account_connected_services_callback_retrieve``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ConnectedService
    """

    return sync_detailed(
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[ConnectedService]:
    """``GET /api/ai-account/connected-services/callback/`` (operation ``ai_account_connected_services_callback_retrieve``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ConnectedService]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
) -> ConnectedService:
    """``GET /api/ai-account/connected-services/callback/`` (operation ``ai_account_connected_services_callback_retrieve``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ConnectedService
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).unwrap()
