from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_item_subscription_list_list import PaginatedItemSubscriptionListList
from ...models.platforms_my_subscriptions_list_item_type import (
    PlatformsMySubscriptionsListItemType,
)
from ...models.platforms_my_subscriptions_list_status import (
    PlatformsMySubscriptionsListStatus,
)
from ...types import UNSET, Unset

OPERATION_ID = "platforms_my_subscriptions_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedItemSubscriptionListList,
}


def _get_kwargs(
    platform_key: str,
    *,
    item_type: PlatformsMySubscriptionsListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: PlatformsMySubscriptionsListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_item_type: str | Unset = UNSET
    if not isinstance(item_type, Unset):
        json_item_type = item_type

    params["item_type"] = json_item_type

    params["page"] = page

    params["page_size"] = page_size

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platforms/{platform_key}/my-subscriptions/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedItemSubscriptionListList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedItemSubscriptionListList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
    item_type: PlatformsMySubscriptionsListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: PlatformsMySubscriptionsListStatus | Unset = UNSET,
) -> Response[PaginatedItemSubscriptionListList]:
    """List user subscriptions

    Paginated list of the current user's subscriptions on a platform. Optionally filter by status or
    item_type.

    ``GET /platforms/{platform_key}/my-subscriptions/`` (operation ``platforms_my_subscriptions_list``)

    Args:
        platform_key (str):
        item_type (PlatformsMySubscriptionsListItemType | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (PlatformsMySubscriptionsListStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedItemSubscriptionListList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    *,
    client: Client,
    item_type: PlatformsMySubscriptionsListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: PlatformsMySubscriptionsListStatus | Unset = UNSET,
) -> PaginatedItemSubscriptionListList:
    """List user subscriptions

    Paginated list of the current user's subscriptions on a platform. Optionally filter by status or
    item_type.

    ``GET /platforms/{platform_key}/my-subscriptions/`` (operation ``platforms_my_subscriptions_list``)

    Args:
        platform_key (str):
        item_type (PlatformsMySubscriptionsListItemType | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (PlatformsMySubscriptionsListStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedItemSubscriptionListList
    """

    return sync_detailed(
        platform_key,
        item_type=item_type,
        page=page,
        page_size=page_size,
        status=status,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    *,
    client: AsyncClient,
    item_type: PlatformsMySubscriptionsListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: PlatformsMySubscriptionsListStatus | Unset = UNSET,
) -> Response[PaginatedItemSubscriptionListList]:
    """List user subscriptions

    Paginated list of the current user's subscriptions on a platform. Optionally filter by status or
    item_type.

    ``GET /platforms/{platform_key}/my-subscriptions/`` (operation ``platforms_my_subscriptions_list``)

    Args:
        platform_key (str):
        item_type (PlatformsMySubscriptionsListItemType | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (PlatformsMySubscriptionsListStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedItemSubscriptionListList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    *,
    client: AsyncClient,
    item_type: PlatformsMySubscriptionsListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: PlatformsMySubscriptionsListStatus | Unset = UNSET,
) -> PaginatedItemSubscriptionListList:
    """List user subscriptions

    Paginated list of the current user's subscriptions on a platform. Optionally filter by status or
    item_type.

    ``GET /platforms/{platform_key}/my-subscriptions/`` (operation ``platforms_my_subscriptions_list``)

    Args:
        platform_key (str):
        item_type (PlatformsMySubscriptionsListItemType | Unset):
        page (int | Unset):
        page_size (int | Unset):
        status (PlatformsMySubscriptionsListStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedItemSubscriptionListList
    """

    return (
        await asyncio_detailed(
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            client=client,
        )
    ).unwrap()
