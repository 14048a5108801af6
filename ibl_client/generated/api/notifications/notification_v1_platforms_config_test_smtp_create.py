from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.test_smtp_credentials import TestSMTPCredentials
from ...models.test_smtp_response import TestSMTPResponse

OPERATION_ID = "notification_v1_platforms_config_test_smtp_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TestSMTPResponse,
}


def _get_kwargs(
    platform_key: str,
    *,
    body: TestSMTPCredentials,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/notification/v1/platforms/{platform_key}/config/test-smtp/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TestSMTPResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TestSMTPResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
    body: TestSMTPCredentials,
) -> Response[TestSMTPResponse]:
    """Test SMTP credentials for a platform

    Test SMTP credentials by sending a test email to the specified address. Requires:
    Ibl.Notifications/SMTP/action

    ``POST /api/notification/v1/platforms/{platform_key}/config/test-smtp/`` (operation ``notification_v1_platforms_config_test_smtp_create``)

    Args:
        platform_key (str):
        body (TestSMTPCredentials): Serializer for testing SMTP credentials

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TestSMTPResponse]: status, headers, raw body and parsed model.
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
    body: TestSMTPCredentials,
) -> TestSMTPResponse:
    """Test SMTP credentials for a platform

    Test SMTP credentials by sending a test email to the specified address. Requires:
    Ibl.Notifications/SMTP/action

    ``POST /api/notification/v1/platforms/{platform_key}/config/test-smtp/`` (operation ``notification_v1_platforms_config_test_smtp_create``)

    Args:
        platform_key (str):
        body (TestSMTPCredentials): Serializer for testing SMTP credentials

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TestSMTPResponse
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
    body: TestSMTPCredentials,
) -> Response[TestSMTPResponse]:
    """Test SMTP credentials for a platform

    Test SMTP credentials by sending a test email to the specified address. Requires:
    Ibl.Notifications/SMTP/action

    ``POST /api/notification/v1/platforms/{platform_key}/config/test-smtp/`` (operation ``notification_v1_platforms_config_test_smtp_create``)

    Args:
        platform_key (str):
        body (TestSMTPCredentials): Serializer for testing SMTP credentials

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TestSMTPResponse]: status, headers, raw body and parsed model.
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
    body: TestSMTPCredentials,
) -> TestSMTPResponse:
    """Test SMTP credentials for a platform

    Test SMTP credentials by sending a test email to the specified address. Requires:
    Ibl.Notifications/SMTP/action

    ``POST /api/notification/v1/platforms/{platform_key}/config/test-smtp/`` (operation ``notification_v1_platforms_config_test_smtp_create``)

    Args:
        platform_key (str):
        body (TestSMTPCredentials): Serializer for testing SMTP credentials

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TestSMTPResponse
    """

    return (
        await asyncio_detailed(
            platform_key,
            body=body,
            client=client,
        )
    ).unwrap()
