from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.issuer import Issuer
from ...models.issuer_request import IssuerRequest

OPERATION_ID = "credentials_orgs_users_issuers_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Issuer,
}


def _get_kwargs(
    platform_key: str,
    user_id: int,
    entity_id: str,
    *,
    body: IssuerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}".format(
            platform_key=quote(str(platform_key), safe=""),
            user_id=quote(str(user_id), safe=""),
            entity_id=quote(str(entity_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Issuer | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Issuer.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    user_id: int,
    entity_id: str,
    *,
    client: Client,
    body: IssuerRequest,
) -> Response[Issuer]:
    """``PUT /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_update``)

    Args:
        platform_key (str):
        user_id (int):
        entity_id (str):
        body (IssuerRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Issuer]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            entity_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    user_id: int,
    entity_id: str,
    *,
    client: Client,
    body: IssuerRequest,
) -> Issuer:
    """``PUT /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_update``)

    Args:
        platform_key (str):
        user_id (int):
        entity_id (str):
        body (IssuerRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Issuer
    """

    return sync_detailed(
        platform_key,
        user_id,
        entity_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    user_id: int,
    entity_id: str,
    *,
    client: AsyncClient,
    body: IssuerRequest,
) -> Response[Issuer]:
    """``PUT /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_update``)

    Args:
        platform_key (str):
        user_id (int):
        entity_id (str):
        body (IssuerRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Issuer]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            entity_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    user_id: int,
    entity_id: str,
    *,
    client: AsyncClient,
    body: IssuerRequest,
) -> Issuer:
    """``PUT /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}`` (operation ``credentials_orgs_users_issuers_update``)

    Args:
        platform_key (str):
        user_id (int):
        entity_id (str):
        body (IssuerRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Issuer
    """

    return (
        await asyncio_detailed(
            platform_key,
            user_id,
            entity_id,
            body=body,
            client=client,
        )
    ).unwrap()
