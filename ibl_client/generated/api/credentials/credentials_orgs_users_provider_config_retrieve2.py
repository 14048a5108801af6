from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.credential_provider_config import CredentialProviderConfig

OPERATION_ID = "credentials_orgs_users_provider_config_retrieve2"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CredentialProviderConfig,
}


def _get_kwargs(
    platform_key: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{platform_key}/users/{username}/provider-config/".format(
            platform_key=quote(str(platform_key), safe=""),
            username=quote(str(username), safe=""),
        ),
    }
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
) -> Response[CredentialProviderConfig]:
    """Retrieve provider configurations for the platform.

    Query Parameters:
    provider_name (str, optional): Filter to a specific provider
    page (int, optional): Page number
    page_size (int, optional): Items per page

    Returns all configurations for the platform if the user is an admin.

    ``GET /api/credentials/orgs/{platform_key}/users/{username}/provider-config/`` (operation ``credentials_orgs_users_provider_config_retrieve2``)

    Args:
        platform_key (str):
        username (str):

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
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    username: str,
    *,
    client: Client,
) -> CredentialProviderConfig:
    """Retrieve provider configurations for the platform.

    Query Parameters:
    provider_name (str, optional): Filter to a specific provider
    page (int, optional): Page number
    page_size (int, optional): Items per page

    Returns all configurations for the platform if the user is an admin.

    ``GET /api/credentials/orgs/{platform_key}/users/{username}/provider-config/`` (operation ``credentials_orgs_users_provider_config_retrieve2``)

    Args:
        platform_key (str):
        username (str):

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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    username: str,
    *,
    client: AsyncClient,
) -> Response[CredentialProviderConfig]:
    """Retrieve provider configurations for the platform.

    Query Parameters:
    provider_name (str, optional): Filter to a specific provider
    page (int, optional): Page number
    page_size (int, optional): Items per page

    Returns all configurations for the platform if the user is an admin.

    ``GET /api/credentials/orgs/{platform_key}/users/{username}/provider-config/`` (operation ``credentials_orgs_users_provider_config_retrieve2``)

    Args:
        platform_key (str):
        username (str):

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
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    username: str,
    *,
    client: AsyncClient,
) -> CredentialProviderConfig:
    """Retrieve provider configurations for the platform.

    Query Parameters:
    provider_name (str, optional): Filter to a specific provider
    page (int, optional): Page number
    page_size (int, optional): Items per page

    Returns all configurations for the platform if the user is an admin.

    ``GET /api/credentials/orgs/{platform_key}/users/{username}/provider-config/`` (operation ``credentials_orgs_users_provider_config_retrieve2``)

    Args:
        platform_key (str):
        username (str):

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
            client=client,
        )
    ).unwrap()
