from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.notification_toggle import NotificationToggle
from ...models.patched_notification_toggle import PatchedNotificationToggle
from ...types import UNSET, Unset

OPERATION_ID = "notification_v1_platforms_templates_toggle_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: NotificationToggle,
}


def _get_kwargs(
    platform_key: str,
    notification_type: str,
    *,
    body: PatchedNotificationToggle | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/toggle/".format(
            platform_key=quote(str(platform_key), safe=""),
            notification_type=quote(str(notification_type), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationToggle | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = NotificationToggle.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    notification_type: str,
    *,
    client: Client,
    body: PatchedNotificationToggle | Unset = UNSET,
) -> Response[NotificationToggle]:
    """Toggle notification preference

    Enable or disable a notification type for the platform. This sets the NotificationPreference,
    not the template. Requires permission: Ibl.Notifications/NotificationTemplate/write

    ``PATCH /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/toggle/`` (operation ``notification_v1_platforms_templates_toggle_partial_update``)

    Args:
        platform_key (str):
        notification_type (str):
        body (PatchedNotificationToggle | Unset): Serializer for toggling notification preference

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationToggle]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            notification_type,
            body=body,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    notification_type: str,
    *,
    client: Client,
    body: PatchedNotificationToggle | Unset = UNSET,
) -> NotificationToggle:
    """Toggle notification preference

    Enable or disable a notification type for the platform. This sets the NotificationPreference,
    not the template. Requires permission: Ibl.Notifications/NotificationTemplate/write

    ``PATCH /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/toggle/`` (operation ``notification_v1_platforms_templates_toggle_partial_update``)

    Args:
        platform_key (str):
        notification_type (str):
        body (PatchedNotificationToggle | Unset): Serializer for toggling notification preference

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationToggle
    """

    return sync_detailed(
        platform_key,
        notification_type,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    notification_type: str,
    *,
    client: AsyncClient,
    body: PatchedNotificationToggle | Unset = UNSET,
) -> Response[NotificationToggle]:
    """Toggle notification preference

    Enable or disable a notification type for the platform. This sets the NotificationPreference,
    not the template. Requires permission: Ibl.Notifications/NotificationTemplate/write

    ``PATCH /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/toggle/`` (operation ``notification_v1_platforms_templates_toggle_partial_update``)

    Args:
        platform_key (str):
        notification_type (str):
        body (PatchedNotificationToggle | Unset): Serializer for toggling notification preference

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationToggle]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            notification_type,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    notification_type: str,
    *,
    client: AsyncClient,
    body: PatchedNotificationToggle | Unset = UNSET,
) -> NotificationToggle:
    """Toggle notification preference

    Enable or disable a notification type for the platform. This sets the NotificationPreference,
    not the template. Requires permission: Ibl.Notifications/NotificationTemplate/write

    ``PATCH /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/toggle/`` (operation ``notification_v1_platforms_templates_toggle_partial_update``)

    Args:
        platform_key (str):
        notification_type (str):
        body (PatchedNotificationToggle | Unset): Serializer for toggling notification preference

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationToggle
    """

    return (
        await asyncio_detailed(
            platform_key,
            notification_type,
            body=body,
            client=client,
        )
    ).unwrap()
