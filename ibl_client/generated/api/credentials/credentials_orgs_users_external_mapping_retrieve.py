from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.external_credential_mapping import ExternalCredentialMapping

OPERATION_ID = "credentials_orgs_users_external_mapping_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ExternalCredentialMapping,
}


def _get_kwargs(
    platform_key: str,
    user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/".format(
            platform_key=quote(str(platform_key), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ExternalCredentialMapping | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ExternalCredentialMapping.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
) -> Response[ExternalCredentialMapping]:
    """Retrieve external credential mappings for the platform.

    Query Parameters:
    credential_id (str, optional): Filter by credential entity_id
    provider_name (str, optional): Filter by provider name
    page (int, optional): Page number
    page_size (int, optional): Items per page

    Returns all mappings for the platform if the user is an admin.

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_retrieve``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ExternalCredentialMapping]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
) -> ExternalCredentialMapping:
    """Retrieve external credential mappings for the platform.

    Query Parameters:
    credential_id (str, optional): Filter by credential entity_id
    provider_name (str, optional): Filter by provider name
    page (int, optional): Page number
    page_size (int, optional): Items per page

    Returns all mappings for the platform if the user is an admin.

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_retrieve``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ExternalCredentialMapping
    """

    return sync_detailed(
        platform_key,
        user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: AsyncClient,
) -> Response[ExternalCredentialMapping]:
    """Retrieve external credential mappings for the platform.

    Query Parameters:
    credential_id (str, optional): Filter by credential entity_id
    provider_name (str, optional): Filter by provider name
    page (int, optional): Page number
    page_size (int, optional): Items per page

    Returns all mappings for the platform if the user is an admin.

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_retrieve``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ExternalCredentialMapping]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    user_id: int,
    *,
    client: AsyncClient,
) -> ExternalCredentialMapping:
    """Retrieve external credential mappings for the platform.

    Query Parameters:
    credential_id (str, optional): Filter by credential entity_id
    provider_name (str, optional): Filter by provider name
    page (int, optional): Page number
    page_size (int, optional): Items per page

    Returns all mappings for the platform if the user is an admin.

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_retrieve``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ExternalCredentialMapping
    """

    return (
        await asyncio_detailed(
            platform_key,
            user_id,
            client=client,
        )
    ).unwrap()
