from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mark_all_read_request import MarkAllReadRequest
from ...models.mark_all_read_response import MarkAllReadResponse
from ...types import UNSET, Unset

OPERATION_ID = "notification_v1_orgs_mark_all_as_read_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MarkAllReadResponse,
}


def _get_kwargs(
    platform_key: str,
    *,
    body: MarkAllReadRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/notification/v1/orgs/{platform_key}/mark-all-as-read".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MarkAllReadResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MarkAllReadResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
    body: MarkAllReadRequest | Unset = UNSET,
) -> Response[MarkAllReadResponse]:
    """Mark all notifications as read for a user. Optionally provide specific notification IDs.
    Requires: Ibl.Notifications/Notification/write

    ``POST /api/notification/v1/orgs/{platform_key}/mark-all-as-read`` (operation ``notification_v1_orgs_mark_all_as_read_create``)

    Args:
        platform_key (str):
        body (MarkAllReadRequest | Unset): Serializer for the request to mark notifications as
            read.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MarkAllReadResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            body=body,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    *,
    client: Client,
    body: MarkAllReadRequest | Unset = UNSET,
) -> MarkAllReadResponse:
    """Mark all notifications as read for a user. Optionally provide specific notification IDs.
    Requires: Ibl.Notifications/Notification/write

    ``POST /api/notification/v1/orgs/{platform_key}/mark-all-as-read`` (operation ``notification_v1_orgs_mark_all_as_read_create``)

    Args:
        platform_key (str):
        body (MarkAllReadRequest | Unset): Serializer for the request to mark notifications as
            read.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MarkAllReadResponse
    """

    return sync_detailed(
        platform_key,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    *,
    client: AsyncClient,
    body: MarkAllReadRequest | Unset = UNSET,
) -> Response[MarkAllReadResponse]:
    """Mark all notifications as read for a user. Optionally provide specific notification IDs.
    Requires: Ibl.Notifications/Notification/write

    ``POST /api/notification/v1/orgs/{platform_key}/mark-all-as-read`` (operation ``notification_v1_orgs_mark_all_as_read_create``)

    Args:
        platform_key (str):
        body (MarkAllReadRequest | Unset): Serializer for the request to mark notifications as
            read.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MarkAllReadResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    *,
    client: AsyncClient,
    body: MarkAllReadRequest | Unset = UNSET,
) -> MarkAllReadResponse:
    """Mark all notifications as read for a user. Optionally provide specific notification IDs.
    Requires: Ibl.Notifications/Notification/write

    ``POST /api/notification/v1/orgs/{platform_key}/mark-all-as-read`` (operation ``notification_v1_orgs_mark_all_as_read_create``)

    Args:
        platform_key (str):
        body (MarkAllReadRequest | Unset): Serializer for the request to mark notifications as
            read.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MarkAllReadResponse
    """

    return (
        await asyncio_detailed(
            platform_key,
            body=body,
            client=client,
        )
    ).unwrap()
