from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.notification_v1_platforms_templates_reset_create_200_response import (
    NotificationV1PlatformsTemplatesResetCreate200Response,
)

OPERATION_ID = "notification_v1_platforms_templates_reset_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: NotificationV1PlatformsTemplatesResetCreate200Response,
}


def _get_kwargs(
    platform_key: str,
    notification_type: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/reset/".format(
            platform_key=quote(str(platform_key), safe=""),
            notification_type=quote(str(notification_type), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> NotificationV1PlatformsTemplatesResetCreate200Response | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = NotificationV1PlatformsTemplatesResetCreate200Response.from_dict(
            response.json()
        )

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    notification_type: str,
    *,
    client: Client,
) -> Response[NotificationV1PlatformsTemplatesResetCreate200Response]:
    """Reset template to default

    Delete platform-specific template override and revert to main template. Notification preference
    (on/off) is preserved. Requires permission: Ibl.Notifications/NotificationTemplate/write

    ``POST /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/reset/`` (operation ``notification_v1_platforms_templates_reset_create``)

    Args:
        platform_key (str):
        notification_type (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationV1PlatformsTemplatesResetCreate200Response]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            notification_type,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    notification_type: str,
    *,
    client: Client,
) -> NotificationV1PlatformsTemplatesResetCreate200Response:
    """Reset template to default

    Delete platform-specific template override and revert to main template. Notification preference
    (on/off) is preserved. Requires permission: Ibl.Notifications/NotificationTemplate/write

    ``POST /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/reset/`` (operation ``notification_v1_platforms_templates_reset_create``)

    Args:
        platform_key (str):
        notification_type (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationV1PlatformsTemplatesResetCreate200Response
    """

    return sync_detailed(
        platform_key,
        notification_type,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    notification_type: str,
    *,
    client: AsyncClient,
) -> Response[NotificationV1PlatformsTemplatesResetCreate200Response]:
    """Reset template to default

    Delete platform-specific template override and revert to main template. Notification preference
    (on/off) is preserved. Requires permission: Ibl.Notifications/NotificationTemplate/write

    ``POST /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/reset/`` (operation ``notification_v1_platforms_templates_reset_create``)

    Args:
        platform_key (str):
        notification_type (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationV1PlatformsTemplatesResetCreate200Response]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            notification_type,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    notification_type: str,
    *,
    client: AsyncClient,
) -> NotificationV1PlatformsTemplatesResetCreate200Response:
    """Reset template to default

    Delete platform-specific template override and revert to main template. Notification preference
    (on/off) is preserved. Requires permission: Ibl.Notifications/NotificationTemplate/write

    ``POST /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/reset/`` (operation ``notification_v1_platforms_templates_reset_create``)

    Args:
        platform_key (str):
        notification_type (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationV1PlatformsTemplatesResetCreate200Response
    """

    return (
        await asyncio_detailed(
            platform_key,
            notification_type,
            client=client,
        )
    ).unwrap()
