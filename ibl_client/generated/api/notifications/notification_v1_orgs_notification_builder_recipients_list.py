from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.recipient import Recipient
from ...types import UNSET, Unset

OPERATION_ID = "notification_v1_orgs_notification_builder_recipients_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[Recipient],
}


def _get_kwargs(
    platform_key: str,
    id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/notification/v1/orgs/{platform_key}/notification-builder/{id}/recipients/".format(
            platform_key=quote(str(platform_key), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[Recipient] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Recipient.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[list[Recipient]]:
    """Get build recipients

    Get paginated list of recipients for a notification build

    ``GET /api/notification/v1/orgs/{platform_key}/notification-builder/{id}/recipients/`` (operation ``notification_v1_orgs_notification_builder_recipients_list``)

    Args:
        platform_key (str):
        id (str):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[Recipient]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            id,
            page=page,
            page_size=page_size,
            search=search,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> list[Recipient]:
    """Get build recipients

    Get paginated list of recipients for a notification build

    ``GET /api/notification/v1/orgs/{platform_key}/notification-builder/{id}/recipients/`` (operation ``notification_v1_orgs_notification_builder_recipients_list``)

    Args:
        platform_key (str):
        id (str):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[Recipient]
    """

    return sync_detailed(
        platform_key,
        id,
        page=page,
        page_size=page_size,
        search=search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[list[Recipient]]:
    """Get build recipients

    Get paginated list of recipients for a notification build

    ``GET /api/notification/v1/orgs/{platform_key}/notification-builder/{id}/recipients/`` (operation ``notification_v1_orgs_notification_builder_recipients_list``)

    Args:
        platform_key (str):
        id (str):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[Recipient]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            id,
            page=page,
            page_size=page_size,
            search=search,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> list[Recipient]:
    """Get build recipients

    Get paginated list of recipients for a notification build

    ``GET /api/notification/v1/orgs/{platform_key}/notification-builder/{id}/recipients/`` (operation ``notification_v1_orgs_notification_builder_recipients_list``)

    Args:
        platform_key (str):
        id (str):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[Recipient]
    """

    return (
        await asyncio_detailed(
            platform_key,
            id,
            page=page,
            page_size=page_size,
            search=search,
            client=client,
        )
    ).unwrap()
