from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.notification import Notification
from ...models.patched_notification_request import PatchedNotificationRequest
from ...types import UNSET, Unset

OPERATION_ID = "notification_v1_orgs_notifications_bulk_update_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Notification,
}


def _get_kwargs(
    org: str,
    *,
    body: PatchedNotificationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/notification/v1/orgs/{org}/notifications/bulk-update/".format(
            org=quote(str(org), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
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
    body: PatchedNotificationRequest | Unset = UNSET,
) -> Response[Notification]:
    """Bulk update notification status for a user. Requires: Ibl.Notifications/Notification/write

    ``PATCH /api/notification/v1/orgs/{org}/notifications/bulk-update/`` (operation ``notification_v1_orgs_notifications_bulk_update_partial_update``)

    Args:
        org (str):
        body (PatchedNotificationRequest | Unset):

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
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: PatchedNotificationRequest | Unset = UNSET,
) -> Notification:
    """Bulk update notification status for a user. Requires: Ibl.Notifications/Notification/write

    ``PATCH /api/notification/v1/orgs/{org}/notifications/bulk-update/`` (operation ``notification_v1_orgs_notifications_bulk_update_partial_update``)

    Args:
        org (str):
        body (PatchedNotificationRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Notification
    """

    return sync_detailed(
        org,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedNotificationRequest | Unset = UNSET,
) -> Response[Notification]:
    """Bulk update notification status for a user. Requires: Ibl.Notifications/Notification/write

    ``PATCH /api/notification/v1/orgs/{org}/notifications/bulk-update/`` (operation ``notification_v1_orgs_notifications_bulk_update_partial_update``)

    Args:
        org (str):
        body (PatchedNotificationRequest | Unset):

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
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedNotificationRequest | Unset = UNSET,
) -> Notification:
    """Bulk update notification status for a user. Requires: Ibl.Notifications/Notification/write

    ``PATCH /api/notification/v1/orgs/{org}/notifications/bulk-update/`` (operation ``notification_v1_orgs_notifications_bulk_update_partial_update``)

    Args:
        org (str):
        body (PatchedNotificationRequest | Unset):

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
            body=body,
            client=client,
        )
    ).unwrap()
