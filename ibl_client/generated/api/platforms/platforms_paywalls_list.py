from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_item_paywall_config_list import PaginatedItemPaywallConfigList
from ...models.platforms_paywalls_list_item_type import (
    PlatformsPaywallsListItemType,
)
from ...types import UNSET, Unset

OPERATION_ID = "platforms_paywalls_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedItemPaywallConfigList,
}


def _get_kwargs(
    platform_key: str,
    *,
    is_enabled: bool | Unset = UNSET,
    item_type: PlatformsPaywallsListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_enabled"] = is_enabled

    json_item_type: str | Unset = UNSET
    if not isinstance(item_type, Unset):
        json_item_type = item_type

    params["item_type"] = json_item_type

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platforms/{platform_key}/paywalls/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedItemPaywallConfigList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedItemPaywallConfigList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
    is_enabled: bool | Unset = UNSET,
    item_type: PlatformsPaywallsListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedItemPaywallConfigList]:
    """List all platform paywall configurations

    Paginated list of all item paywall configurations on a platform. Filterable by item_type and
    is_enabled.

    ``GET /platforms/{platform_key}/paywalls/`` (operation ``platforms_paywalls_list``)

    Args:
        platform_key (str):
        is_enabled (bool | Unset):
        item_type (PlatformsPaywallsListItemType | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedItemPaywallConfigList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            is_enabled=is_enabled,
            item_type=item_type,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    *,
    client: Client,
    is_enabled: bool | Unset = UNSET,
    item_type: PlatformsPaywallsListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedItemPaywallConfigList:
    """List all platform paywall configurations

    Paginated list of all item paywall configurations on a platform. Filterable by item_type and
    is_enabled.

    ``GET /platforms/{platform_key}/paywalls/`` (operation ``platforms_paywalls_list``)

    Args:
        platform_key (str):
        is_enabled (bool | Unset):
        item_type (PlatformsPaywallsListItemType | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedItemPaywallConfigList
    """

    return sync_detailed(
        platform_key,
        is_enabled=is_enabled,
        item_type=item_type,
        page=page,
        page_size=page_size,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    *,
    client: AsyncClient,
    is_enabled: bool | Unset = UNSET,
    item_type: PlatformsPaywallsListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedItemPaywallConfigList]:
    """List all platform paywall configurations

    Paginated list of all item paywall configurations on a platform. Filterable by item_type and
    is_enabled.

    ``GET /platforms/{platform_key}/paywalls/`` (operation ``platforms_paywalls_list``)

    Args:
        platform_key (str):
        is_enabled (bool | Unset):
        item_type (PlatformsPaywallsListItemType | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedItemPaywallConfigList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            is_enabled=is_enabled,
            item_type=item_type,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    *,
    client: AsyncClient,
    is_enabled: bool | Unset = UNSET,
    item_type: PlatformsPaywallsListItemType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedItemPaywallConfigList:
    """List all platform paywall configurations

    Paginated list of all item paywall configurations on a platform. Filterable by item_type and
    is_enabled.

    ``GET /platforms/{platform_key}/paywalls/`` (operation ``platforms_paywalls_list``)

    Args:
        platform_key (str):
        is_enabled (bool | Unset):
        item_type (PlatformsPaywallsListItemType | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedItemPaywallConfigList
    """

    return (
        await asyncio_detailed(
            platform_key,
            is_enabled=is_enabled,
            item_type=item_type,
            page=page,
            page_size=page_size,
            client=client,
        )
    ).unwrap()
