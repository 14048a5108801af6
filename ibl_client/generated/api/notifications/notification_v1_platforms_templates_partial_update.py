from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.notification_template_detail import NotificationTemplateDetail
from ...models.patched_notification_template_detail_request import (
    PatchedNotificationTemplateDetailRequest,
)
from ...types import UNSET, Unset

OPERATION_ID = "notification_v1_platforms_templates_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: NotificationTemplateDetail,
}


def _get_kwargs(
    platform_key: str,
    notification_type: str,
    *,
    body: PatchedNotificationTemplateDetailRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/".format(
            platform_key=quote(str(platform_key), safe=""),
            notification_type=quote(str(notification_type), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationTemplateDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = NotificationTemplateDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    notification_type: str,
    *,
    client: Client,
    body: PatchedNotificationTemplateDetailRequest | Unset = UNSET,
) -> Response[NotificationTemplateDetail]:
    """Update notification template

    Update notification template. Creates platform-specific copy on first edit. Requires permission:
    Ibl.Notifications/NotificationTemplate/write

    ``PATCH /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/`` (operation ``notification_v1_platforms_templates_partial_update``)

    Args:
        platform_key (str):
        notification_type (str):
        body (PatchedNotificationTemplateDetailRequest | Unset): Serializer for detailed template
            view and editing

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationTemplateDetail]: status, headers, raw body and parsed model.
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
    body: PatchedNotificationTemplateDetailRequest | Unset = UNSET,
) -> NotificationTemplateDetail:
    """Update notification template

    Update notification template. Creates platform-specific copy on first edit. Requires permission:
    Ibl.Notifications/NotificationTemplate/write

    ``PATCH /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/`` (operation ``notification_v1_platforms_templates_partial_update``)

    Args:
        platform_key (str):
        notification_type (str):
        body (PatchedNotificationTemplateDetailRequest | Unset): Serializer for detailed template
            view and editing

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationTemplateDetail
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
    body: PatchedNotificationTemplateDetailRequest | Unset = UNSET,
) -> Response[NotificationTemplateDetail]:
    """Update notification template

    Update notification template. Creates platform-specific copy on first edit. Requires permission:
    Ibl.Notifications/NotificationTemplate/write

    ``PATCH /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/`` (operation ``notification_v1_platforms_templates_partial_update``)

    Args:
        platform_key (str):
        notification_type (str):
        body (PatchedNotificationTemplateDetailRequest | Unset): Serializer for detailed template
            view and editing

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationTemplateDetail]: status, headers, raw body and parsed model.
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
    body: PatchedNotificationTemplateDetailRequest | Unset = UNSET,
) -> NotificationTemplateDetail:
    """Update notification template

    Update notification template. Creates platform-specific copy on first edit. Requires permission:
    Ibl.Notifications/NotificationTemplate/write

    ``PATCH /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/`` (operation ``notification_v1_platforms_templates_partial_update``)

    Args:
        platform_key (str):
        notification_type (str):
        body (PatchedNotificationTemplateDetailRequest | Unset): Serializer for detailed template
            view and editing

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationTemplateDetail
    """

    return (
        await asyncio_detailed(
            platform_key,
            notification_type,
            body=body,
            client=client,
        )
    ).unwrap()
