from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_item_subscription_list import PaginatedItemSubscriptionList
from ...models.platforms_items_subscribers_list_status import (
    PlatformsItemsSubscribersListStatus,
)
from ...types import UNSET, Unset

OPERATION_ID = "platforms_items_subscribers_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedItemSubscriptionList,
}


def _get_kwargs(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platforms/{platform_key}/items/{item_type}/{item_id}/subscribers/".format(
            platform_key=quote(str(platform_key), safe=""),
            item_type=quote(str(item_type), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedItemSubscriptionList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedItemSubscriptionList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
) -> Response[PaginatedItemSubscriptionList]:
    """List item subscribers

    List all subscribers for an item. Optionally filter by subscription status.

    ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/subscribers/`` (operation ``platforms_items_subscribers_list``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        page (int | Unset):
        page_size (int | Unset):
        status (PlatformsItemsSubscribersListStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedItemSubscriptionList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            item_type,
            item_id,
            page=page,
            page_size=page_size,
            status=status,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
) -> PaginatedItemSubscriptionList:
    """List item subscribers

    List all subscribers for an item. Optionally filter by subscription status.

    ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/subscribers/`` (operation ``platforms_items_subscribers_list``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        page (int | Unset):
        page_size (int | Unset):
        status (PlatformsItemsSubscribersListStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedItemSubscriptionList
    """

    return sync_detailed(
        platform_key,
        item_type,
        item_id,
        page=page,
        page_size=page_size,
        status=status,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
) -> Response[PaginatedItemSubscriptionList]:
    """List item subscribers

    List all subscribers for an item. Optionally filter by subscription status.

    ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/subscribers/`` (operation ``platforms_items_subscribers_list``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        page (int | Unset):
        page_size (int | Unset):
        status (PlatformsItemsSubscribersListStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedItemSubscriptionList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            item_type,
            item_id,
            page=page,
            page_size=page_size,
            status=status,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
) -> PaginatedItemSubscriptionList:
    """List item subscribers

    List all subscribers for an item. Optionally filter by subscription status.

    ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/subscribers/`` (operation ``platforms_items_subscribers_list``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        page (int | Unset):
        page_size (int | Unset):
        status (PlatformsItemsSubscribersListStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedItemSubscriptionList
    """

    return (
        await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            page=page,
            page_size=page_size,
            status=status,
            client=client,
        )
    ).unwrap()
