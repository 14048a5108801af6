from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response

OPERATION_ID = "credentials_orgs_users_external_mapping_destroy"


def _get_kwargs(
    platform_key: str,
    user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/".format(
            platform_key=quote(str(platform_key), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 204:
        return None

    return None


def sync_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
) -> Response[Any]:
    """Delete an external credential mapping.

    Request Body:
    {
    "credential_id": "credential-entity-id",

    // Required
    "provider_name": "accredible"
    // Required
    }

    Returns:
    A JSON response confirming deletion

    ``DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_destroy``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
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
) -> Any:
    """Delete an external credential mapping.

    Request Body:
    {
    "credential_id": "credential-entity-id",

    // Required
    "provider_name": "accredible"
    // Required
    }

    Returns:
    A JSON response confirming deletion

    ``DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_destroy``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
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
) -> Response[Any]:
    """Delete an external credential mapping.

    Request Body:
    {
    "credential_id": "credential-entity-id",

    // Required
    "provider_name": "accredible"
    // Required
    }

    Returns:
    A JSON response confirming deletion

    ``DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_destroy``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
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
) -> Any:
    """Delete an external credential mapping.

    Request Body:
    {
    "credential_id": "credential-entity-id",

    // Required
    "provider_name": "accredible"
    // Required
    }

    Returns:
    A JSON response confirming deletion

    ``DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/`` (operation ``credentials_orgs_users_external_mapping_destroy``)

    Args:
        platform_key (str):
        user_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            platform_key,
            user_id,
            client=client,
        )
    ).unwrap()
