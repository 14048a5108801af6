from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_list import PlatformList
from ...types import UNSET, Unset

OPERATION_ID = "core_launcher_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformList,
}


def _get_kwargs(
    *,
    key: str,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["key"] = key

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/launcher/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlatformList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    key: str,
    user_id: int | Unset = UNSET,
) -> Response[PlatformList]:
    """GET Launch status

    Params: key user_id: Optional

    ``GET /api/core/launcher/`` (operation ``core_launcher_retrieve``)

    Args:
        key (str):
        user_id (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            key=key,
            user_id=user_id,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    key: str,
    user_id: int | Unset = UNSET,
) -> PlatformList:
    """GET Launch status

    Params: key user_id: Optional

    ``GET /api/core/launcher/`` (operation ``core_launcher_retrieve``)

    Args:
        key (str):
        user_id (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformList
    """

    return sync_detailed(
        key=key,
        user_id=user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    key: str,
    user_id: int | Unset = UNSET,
) -> Response[PlatformList]:
    """GET Launch status

    Params: key user_id: Optional

    ``GET /api/core/launcher/`` (operation ``core_launcher_retrieve``)

    Args:
        key (str):
        user_id (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            key=key,
            user_id=user_id,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    key: str,
    user_id: int | Unset = UNSET,
) -> PlatformList:
    """GET Launch status

    Params: key user_id: Optional

    ``GET /api/core/launcher/`` (operation ``core_launcher_retrieve``)

    Args:
        key (str):
        user_id (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformList
    """

    return (
        await asyncio_detailed(
            key=key,
            user_id=user_id,
            client=client,
        )
    ).unwrap()
