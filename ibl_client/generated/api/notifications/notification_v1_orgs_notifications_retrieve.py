from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.notification import Notification
from ...types import UNSET, Unset

OPERATION_ID = "notification_v1_orgs_notifications_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Notification,
}


def _get_kwargs(
    org: str,
    *,
    channel: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    exclude_channel: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["channel"] = channel

    params["end_date"] = end_date

    params["exclude_channel"] = exclude_channel

    params["start_date"] = start_date

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/notification/v1/orgs/{org}/notifications/".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Notification | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Notification.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    channel: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    exclude_channel: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[Notification]:
    """Get notifications for a user. Requires: Ibl.Notifications/Notification/list

    ``GET /api/notification/v1/orgs/{org}/notifications/`` (operation ``notification_v1_orgs_notifications_retrieve``)

    Args:
        org (str):
        channel (str | Unset):
        end_date (str | Unset):
        exclude_channel (str | Unset):
        start_date (str | Unset):
        status (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Notification]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            channel=channel,
            end_date=end_date,
            exclude_channel=exclude_channel,
            start_date=start_date,
            status=status,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    channel: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    exclude_channel: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Notification:
    """Get notifications for a user. Requires: Ibl.Notifications/Notification/list

    ``GET /api/notification/v1/orgs/{org}/notifications/`` (operation ``notification_v1_orgs_notifications_retrieve``)

    Args:
        org (str):
        channel (str | Unset):
        end_date (str | Unset):
        exclude_channel (str | Unset):
        start_date (str | Unset):
        status (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Notification
    """

    return sync_detailed(
        org,
        channel=channel,
        end_date=end_date,
        exclude_channel=exclude_channel,
        start_date=start_date,
        status=status,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    channel: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    exclude_channel: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[Notification]:
    """Get notifications for a user. Requires: Ibl.Notifications/Notification/list

    ``GET /api/notification/v1/orgs/{org}/notifications/`` (operation ``notification_v1_orgs_notifications_retrieve``)

    Args:
        org (str):
        channel (str | Unset):
        end_date (str | Unset):
        exclude_channel (str | Unset):
        start_date (str | Unset):
        status (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Notification]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            channel=channel,
            end_date=end_date,
            exclude_channel=exclude_channel,
            start_date=start_date,
            status=status,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    channel: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    exclude_channel: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Notification:
    """Get notifications for a user. Requires: Ibl.Notifications/Notification/list

    ``GET /api/notification/v1/orgs/{org}/notifications/`` (operation ``notification_v1_orgs_notifications_retrieve``)

    Args:
        org (str):
        channel (str | Unset):
        end_date (str | Unset):
        exclude_channel (str | Unset):
        start_date (str | Unset):
        status (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Notification
    """

    return (
        await asyncio_detailed(
            org,
            channel=channel,
            end_date=end_date,
            exclude_channel=exclude_channel,
            start_date=start_date,
            status=status,
            client=client,
        )
    ).unwrap()
