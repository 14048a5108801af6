from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.notification_template_test import NotificationTemplateTest
from ...models.notification_template_test_response import NotificationTemplateTestResponse
from ...types import UNSET, Unset

OPERATION_ID = "notification_v1_platforms_templates_test_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: NotificationTemplateTestResponse,
}


def _get_kwargs(
    platform_key: str,
    notification_type: str,
    *,
    body: NotificationTemplateTest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/test/".format(
            platform_key=quote(str(platform_key), safe=""),
            notification_type=quote(str(notification_type), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationTemplateTestResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = NotificationTemplateTestResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    notification_type: str,
    *,
    client: Client,
    body: NotificationTemplateTest | Unset = UNSET,
) -> Response[NotificationTemplateTestResponse]:
    """Send test notification

    Send a test notification to verify template rendering and delivery. Sends to the requesting
    admin's email or a specified test email. Requires permission:
    Ibl.Notifications/NotificationTemplate/action

    ``POST /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/test/`` (operation ``notification_v1_platforms_templates_test_create``)

    Args:
        platform_key (str):
        notification_type (str):
        body (NotificationTemplateTest | Unset): Serializer for testing notification template

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationTemplateTestResponse]: status, headers, raw body and parsed model.
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
    body: NotificationTemplateTest | Unset = UNSET,
) -> NotificationTemplateTestResponse:
    """Send test notification

    Send a test notification to verify template rendering and delivery. Sends to the requesting
    admin's email or a specified test email. Requires permission:
    Ibl.Notifications/NotificationTemplate/action

    ``POST /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/test/`` (operation ``notification_v1_platforms_templates_test_create``)

    Args:
        platform_key (str):
        notification_type (str):
        body (NotificationTemplateTest | Unset): Serializer for testing notification template

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationTemplateTestResponse
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
    body: NotificationTemplateTest | Unset = UNSET,
) -> Response[NotificationTemplateTestResponse]:
    """Send test notification

    Send a test notification to verify template rendering and delivery. Sends to the requesting
    admin's email or a specified test email. Requires permission:
    Ibl.Notifications/NotificationTemplate/action

    ``POST /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/test/`` (operation ``notification_v1_platforms_templates_test_create``)

    Args:
        platform_key (str):
        notification_type (str):
        body (NotificationTemplateTest | Unset): Serializer for testing notification template

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NotificationTemplateTestResponse]: status, headers, raw body and parsed model.
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
    body: NotificationTemplateTest | Unset = UNSET,
) -> NotificationTemplateTestResponse:
    """Send test notification

    Send a test notification to verify template rendering and delivery. Sends to the requesting
    admin's email or a specified test email. Requires permission:
    Ibl.Notifications/NotificationTemplate/action

    ``POST /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/test/`` (operation ``notification_v1_platforms_templates_test_create``)

    Args:
        platform_key (str):
        notification_type (str):
        body (NotificationTemplateTest | Unset): Serializer for testing notification template

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NotificationTemplateTestResponse
    """

    return (
        await asyncio_detailed(
            platform_key,
            notification_type,
            body=body,
            client=client,
        )
    ).unwrap()
