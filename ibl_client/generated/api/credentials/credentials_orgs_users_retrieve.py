from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.credential import Credential

OPERATION_ID = "credentials_orgs_users_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Credential,
}


def _get_kwargs(
    platform_key: str,
    user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{platform_key}/users/{user_id}/".format(
            platform_key=quote(str(platform_key), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Credential | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Credential.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
) -> Response[Credential]:
    """Get all credentials for a platform with search and pagination support.

    Query Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page
    number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search term to
    filter credentials - course: Course ID to filter credentials - program: Program ID to filter
    credentials

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/`` (operation ``credentials_orgs_users_retrieve``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Credential]: status, headers, raw body and parsed model.
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
) -> Credential:
    """Get all credentials for a platform with search and pagination support.

    Query Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page
    number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search term to
    filter credentials - course: Course ID to filter credentials - program: Program ID to filter
    credentials

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/`` (operation ``credentials_orgs_users_retrieve``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Credential
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
) -> Response[Credential]:
    """Get all credentials for a platform with search and pagination support.

    Query Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page
    number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search term to
    filter credentials - course: Course ID to filter credentials - program: Program ID to filter
    credentials

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/`` (operation ``credentials_orgs_users_retrieve``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Credential]: status, headers, raw body and parsed model.
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
) -> Credential:
    """Get all credentials for a platform with search and pagination support.

    Query Parameters: - platform_org: Platform org ID (takes precedence over URL org) - page: Page
    number (default: 1) - page_size: Items per page (default: 10, max: 100) - search: Search term to
    filter credentials - course: Course ID to filter credentials - program: Program ID to filter
    credentials

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/`` (operation ``credentials_orgs_users_retrieve``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Credential
    """

    return (
        await asyncio_detailed(
            platform_key,
            user_id,
            client=client,
        )
    ).unwrap()
