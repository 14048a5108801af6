from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.notification_preview import NotificationPreview
from ...models.preview_response import PreviewResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "notification_v1_orgs_notification_builder_preview_create"


def _get_kwargs(
    platform_key: str,
    *,
    body: NotificationPreview | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/notification/v1/orgs/{platform_key}/notification-builder/preview/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, NotificationPreview, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PreviewResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", PreviewResponse, response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
    body: NotificationPreview | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PreviewResponse]:
    """Preview notification

    Preview notification recipients and get build ID for sending

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/preview/`` (operation ``notification_v1_orgs_notification_builder_preview_create``)

    Args:
        platform_key (str):
        body (NotificationPreview): Request serializer for notification preview

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PreviewResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    platform_key: str,
    *,
    client: Client,
    body: NotificationPreview | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PreviewResponse:
    """Preview notification

    Preview notification recipients and get build ID for sending

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/preview/`` (operation ``notification_v1_orgs_notification_builder_preview_create``)

    Args:
        platform_key (str):
        body (NotificationPreview): Request serializer for notification preview

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PreviewResponse
    """

    return sync_detailed(
        platform_key,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    *,
    client: AsyncClient,
    body: NotificationPreview | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PreviewResponse]:
    """Preview notification

    Preview notification recipients and get build ID for sending

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/preview/`` (operation ``notification_v1_orgs_notification_builder_preview_create``)

    Args:
        platform_key (str):
        body (NotificationPreview): Request serializer for notification preview

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PreviewResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    platform_key: str,
    *,
    client: AsyncClient,
    body: NotificationPreview | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PreviewResponse:
    """Preview notification

    Preview notification recipients and get build ID for sending

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/preview/`` (operation ``notification_v1_orgs_notification_builder_preview_create``)

    Args:
        platform_key (str):
        body (NotificationPreview): Request serializer for notification preview

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PreviewResponse
    """

    return (
        await asyncio_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
