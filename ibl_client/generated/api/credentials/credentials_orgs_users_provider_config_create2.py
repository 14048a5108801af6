from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.credential_provider_config import CredentialProviderConfig
from ...models.credential_provider_config_request import CredentialProviderConfigRequest

OPERATION_ID = "credentials_orgs_users_provider_config_create2"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CredentialProviderConfig,
}


def _get_kwargs(
    platform_key: str,
    username: str,
    *,
    body: CredentialProviderConfigRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/credentials/orgs/{platform_key}/users/{username}/provider-config/".format(
            platform_key=quote(str(platform_key), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CredentialProviderConfig | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CredentialProviderConfig.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    username: str,
    *,
    client: Client,
    body: CredentialProviderConfigRequest,
) -> Response[CredentialProviderConfig]:
    """Create or update a provider configuration.

    If a configuration doesn't exist for the platform and provider, it will be created. If it
    exists, it will be updated.

    Request Body:
    {
    "provider_name": "accredible",

    // Required
    "config": {...},
    // Optional
    "enabled": true
    // Optional
    }

    Returns:
    - 201 Created: When creating a new configuration
    - 200 OK: When updating an existing configuration

    ``POST /api/credentials/orgs/{platform_key}/users/{username}/provider-config/`` (operation ``credentials_orgs_users_provider_config_create2``)

    Args:
        platform_key (str):
        username (str):
        body (CredentialProviderConfigRequest): Serializer for CredentialProviderConfig model.

            Serializes provider configuration including platform, provider name, config JSON, enabled
            status, and timestamps.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CredentialProviderConfig]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            username,
            body=body,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    username: str,
    *,
    client: Client,
    body: CredentialProviderConfigRequest,
) -> CredentialProviderConfig:
    """Create or update a provider configuration.

    If a configuration doesn't exist for the platform and provider, it will be created. If it
    exists, it will be updated.

    Request Body:
    {
    "provider_name": "accredible",

    // Required
    "config": {...},
    // Optional
    "enabled": true
    // Optional
    }

    Returns:
    - 201 Created: When creating a new configuration
    - 200 OK: When updating an existing configuration

    ``POST /api/credentials/orgs/{platform_key}/users/{username}/provider-config/`` (operation ``credentials_orgs_users_provider_config_create2``)

    Args:
        platform_key (str):
        username (str):
        body (CredentialProviderConfigRequest): Serializer for CredentialProviderConfig model.

            Serializes provider configuration including platform, provider name, config JSON, enabled
            status, and timestamps.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CredentialProviderConfig
    """

    return sync_detailed(
        platform_key,
        username,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    username: str,
    *,
    client: AsyncClient,
    body: CredentialProviderConfigRequest,
) -> Response[CredentialProviderConfig]:
    """Create or update a provider configuration.

    If a configuration doesn't exist for the platform and provider, it will be created. If it
    exists, it will be updated.

    Request Body:
    {
    "provider_name": "accredible",

    // Required
    "config": {...},
    // Optional
    "enabled": true
    // Optional
    }

    Returns:
    - 201 Created: When creating a new configuration
    - 200 OK: When updating an existing configuration

    ``POST /api/credentials/orgs/{platform_key}/users/{username}/provider-config/`` (operation ``credentials_orgs_users_provider_config_create2``)

    Args:
        platform_key (str):
        username (str):
        body (CredentialProviderConfigRequest): Serializer for CredentialProviderConfig model.

            Serializes provider configuration including platform, provider name, config JSON, enabled
            status, and timestamps.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CredentialProviderConfig]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            username,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    username: str,
    *,
    client: AsyncClient,
    body: CredentialProviderConfigRequest,
) -> CredentialProviderConfig:
    """Create or update a provider configuration.

    If a configuration doesn't exist for the platform and provider, it will be created. If it
    exists, it will be updated.

    Request Body:
    {
    "provider_name": "accredible",

    // Required
    "config": {...},
    // Optional
    "enabled": true
    // Optional
    }

    Returns:
    - 201 Created: When creating a new configuration
    - 200 OK: When updating an existing configuration

    ``POST /api/credentials/orgs/{platform_key}/users/{username}/provider-config/`` (operation ``credentials_orgs_users_provider_config_create2``)

    Args:
        platform_key (str):
        username (str):
        body (CredentialProviderConfigRequest): Serializer for CredentialProviderConfig model.

            Serializes provider configuration including platform, provider name, config JSON, enabled
            status, and timestamps.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CredentialProviderConfig
    """

    return (
        await asyncio_detailed(
            platform_key,
            username,
            body=body,
            client=client,
        )
    ).unwrap()
