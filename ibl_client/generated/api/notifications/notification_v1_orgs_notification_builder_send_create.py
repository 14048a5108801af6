from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.send_notification import SendNotification
from ...models.send_response import SendResponse

OPERATION_ID = "notification_v1_orgs_notification_builder_send_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: SendResponse,
}


def _get_kwargs(
    platform_key: str,
    *,
    body: SendNotification,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/notification/v1/orgs/{platform_key}/notification-builder/send/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SendResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = SendResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
    body: SendNotification,
) -> Response[SendResponse]:
    """Send notification

    Send notifications to all recipients in a build

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/send/`` (operation ``notification_v1_orgs_notification_builder_send_create``)

    Args:
        platform_key (str):
        body (SendNotification): Request serializer for sending notification

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SendResponse]: status, headers, raw body and parsed model.
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
    body: SendNotification,
) -> SendResponse:
    """Send notification

    Send notifications to all recipients in a build

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/send/`` (operation ``notification_v1_orgs_notification_builder_send_create``)

    Args:
        platform_key (str):
        body (SendNotification): Request serializer for sending notification

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SendResponse
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
    body: SendNotification,
) -> Response[SendResponse]:
    """Send notification

    Send notifications to all recipients in a build

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/send/`` (operation ``notification_v1_orgs_notification_builder_send_create``)

    Args:
        platform_key (str):
        body (SendNotification): Request serializer for sending notification

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SendResponse]: status, headers, raw body and parsed model.
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
    body: SendNotification,
) -> SendResponse:
    """Send notification

    Send notifications to all recipients in a build

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/send/`` (operation ``notification_v1_orgs_notification_builder_send_create``)

    Args:
        platform_key (str):
        body (SendNotification): Request serializer for sending notification

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SendResponse
    """

    return (
        await asyncio_detailed(
            platform_key,
            body=body,
            client=client,
        )
    ).unwrap()
