from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.connected_service import ConnectedService

OPERATION_ID = "ai_account_connected_services_orgs_users_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ConnectedService,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ConnectedService | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ConnectedService.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Response[ConnectedService]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/`` (operation ``ai_account_connected_services_orgs_users_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ConnectedService]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> ConnectedService:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/`` (operation ``ai_account_connected_services_orgs_users_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ConnectedService
    """

    return sync_detailed(
        org,
        user_id,
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> Response[ConnectedService]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/`` (operation ``ai_account_connected_services_orgs_users_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ConnectedService]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> ConnectedService:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/`` (operation ``ai_account_connected_services_orgs_users_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ConnectedService
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
