from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.item_access_check_response import ItemAccessCheckResponse
from ...types import UNSET, Unset

OPERATION_ID = "access_check_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ItemAccessCheckResponse,
}


def _get_kwargs(
    item_type: str,
    item_id: str,
    *,
    platform_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/access-check/{item_type}/{item_id}/".format(
            item_type=quote(str(item_type), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ItemAccessCheckResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ItemAccessCheckResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    item_type: str,
    item_id: str,
    *,
    client: Client,
    platform_key: str | Unset = UNSET,
) -> Response[ItemAccessCheckResponse]:
    """Check whether the authenticated user has payment access to an item.

    ``GET /access-check/{item_type}/{item_id}/`` (operation ``access_check_retrieve``)

    Args:
        item_type (str):
        item_id (str):
        platform_key (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ItemAccessCheckResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            item_type,
            item_id,
            platform_key=platform_key,
        ),
        _parse_response,
    )


def sync(
    item_type: str,
    item_id: str,
    *,
    client: Client,
    platform_key: str | Unset = UNSET,
) -> ItemAccessCheckResponse:
    """Check whether the authenticated user has payment access to an item.

    ``GET /access-check/{item_type}/{item_id}/`` (operation ``access_check_retrieve``)

    Args:
        item_type (str):
        item_id (str):
        platform_key (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ItemAccessCheckResponse
    """

    return sync_detailed(
        item_type,
        item_id,
        platform_key=platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    item_type: str,
    item_id: str,
    *,
    client: AsyncClient,
    platform_key: str | Unset = UNSET,
) -> Response[ItemAccessCheckResponse]:
    """Check whether the authenticated user has payment access to an item.

    ``GET /access-check/{item_type}/{item_id}/`` (operation ``access_check_retrieve``)

    Args:
        item_type (str):
        item_id (str):
        platform_key (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ItemAccessCheckResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            item_type,
            item_id,
            platform_key=platform_key,
        ),
        _parse_response,
    )


async def asyncio(
    item_type: str,
    item_id: str,
    *,
    client: AsyncClient,
    platform_key: str | Unset = UNSET,
) -> ItemAccessCheckResponse:
    """Check whether the authenticated user has payment access to an item.

    ``GET /access-check/{item_type}/{item_id}/`` (operation ``access_check_retrieve``)

    Args:
        item_type (str):
        item_id (str):
        platform_key (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ItemAccessCheckResponse
    """

    return (
        await asyncio_detailed(
            item_type,
            item_id,
            platform_key=platform_key,
            client=client,
        )
    ).unwrap()
