from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.notification_template_detail import NotificationTemplateDetail

OPERATION_ID = "notification_v1_platforms_templates_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: NotificationTemplateDetail,
}


def _get_kwargs(
    platform_key: str,
    notification_type: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/".format(
            platform_key=quote(str(platform_key), safe=""),
            notification_type=quote(str(notification_type), safe=""),
        ),
    }
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
) -> Response[NotificationTemplateDetail]:
    """Get notification template details

    Get detailed view of a notification template by type. Returns platform-specific template if
    exists, otherwise main template. Requires permission:
    Ibl.Notifications/NotificationTemplate/read

    ``GET /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/`` (operation ``notification_v1_platforms_templates_retrieve``)

    Args:
        platform_key (str):
        notification_type (str):

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
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    notification_type: str,
    *,
    client: Client,
) -> NotificationTemplateDetail:
    """Get notification template details

    Get detailed view of a notification template by type. Returns platform-specific template if
    exists, otherwise main template. Requires permission:
    Ibl.Notifications/NotificationTemplate/read

    ``GET /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/`` (operation ``notification_v1_platforms_templates_retrieve``)

    Args:
        platform_key (str):
        notification_type (str):

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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    notification_type: str,
    *,
    client: AsyncClient,
) -> Response[NotificationTemplateDetail]:
    """Get notification template details

    Get detailed view of a notification template by type. Returns platform-specific template if
    exists, otherwise main template. Requires permission:
    Ibl.Notifications/NotificationTemplate/read

    ``GET /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/`` (operation ``notification_v1_platforms_templates_retrieve``)

    Args:
        platform_key (str):
        notification_type (str):

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
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    notification_type: str,
    *,
    client: AsyncClient,
) -> NotificationTemplateDetail:
    """Get notification template details

    Get detailed view of a notification template by type. Returns platform-specific template if
    exists, otherwise main template. Requires permission:
    Ibl.Notifications/NotificationTemplate/read

    ``GET /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/`` (operation ``notification_v1_platforms_templates_retrieve``)

    Args:
        platform_key (str):
        notification_type (str):

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
            client=client,
        )
    ).unwrap()
