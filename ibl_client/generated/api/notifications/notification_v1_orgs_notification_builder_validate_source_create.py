from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.notification_source import NotificationSource
from ...models.validate_source_response import ValidateSourceResponse

OPERATION_ID = "notification_v1_orgs_notification_builder_validate_source_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ValidateSourceResponse,
}


def _get_kwargs(
    platform_key: str,
    *,
    body: NotificationSource,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/notification/v1/orgs/{platform_key}/notification-builder/validate_source/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ValidateSourceResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ValidateSourceResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
    body: NotificationSource,
) -> Response[ValidateSourceResponse]:
    """Validate notification source

    Validate a single notification source (email, username, platform, csv)

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/validate_source/`` (operation ``notification_v1_orgs_notification_builder_validate_source_create``)

    Args:
        platform_key (str):
        body (NotificationSource): Request serializer for source validation

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ValidateSourceResponse]: status, headers, raw body and parsed model.
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
    body: NotificationSource,
) -> ValidateSourceResponse:
    """Validate notification source

    Validate a single notification source (email, username, platform, csv)

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/validate_source/`` (operation ``notification_v1_orgs_notification_builder_validate_source_create``)

    Args:
        platform_key (str):
        body (NotificationSource): Request serializer for source validation

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ValidateSourceResponse
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
    body: NotificationSource,
) -> Response[ValidateSourceResponse]:
    """Validate notification source

    Validate a single notification source (email, username, platform, csv)

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/validate_source/`` (operation ``notification_v1_orgs_notification_builder_validate_source_create``)

    Args:
        platform_key (str):
        body (NotificationSource): Request serializer for source validation

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ValidateSourceResponse]: status, headers, raw body and parsed model.
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
    body: NotificationSource,
) -> ValidateSourceResponse:
    """Validate notification source

    Validate a single notification source (email, username, platform, csv)

    ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/validate_source/`` (operation ``notification_v1_orgs_notification_builder_validate_source_create``)

    Args:
        platform_key (str):
        body (NotificationSource): Request serializer for source validation

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ValidateSourceResponse
    """

    return (
        await asyncio_detailed(
            platform_key,
            body=body,
            client=client,
        )
    ).unwrap()
