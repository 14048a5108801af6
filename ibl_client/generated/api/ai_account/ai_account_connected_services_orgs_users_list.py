from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.connected_service import ConnectedService
from ...types import UNSET, Unset

OPERATION_ID = "ai_account_connected_services_orgs_users_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[ConnectedService],
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    ordering: str | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    service: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["provider"] = provider

    params["search"] = search

    params["service"] = service

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-account/connected-services/orgs/{org}/users/{user_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[ConnectedService] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ConnectedService.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    ordering: str | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    service: str | Unset = UNSET,
) -> Response[list[ConnectedService]]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/`` (operation ``ai_account_connected_services_orgs_users_list``)

    Args:
        org (str):
        user_id (str):
        ordering (str | Unset):
        provider (str | Unset):
        search (str | Unset):
        service (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ConnectedService]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            ordering=ordering,
            provider=provider,
            search=search,
            service=service,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    ordering: str | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    service: str | Unset = UNSET,
) -> list[ConnectedService]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/`` (operation ``ai_account_connected_services_orgs_users_list``)

    Args:
        org (str):
        user_id (str):
        ordering (str | Unset):
        provider (str | Unset):
        search (str | Unset):
        service (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ConnectedService]
    """

    return sync_detailed(
        org,
        user_id,
        ordering=ordering,
        provider=provider,
        search=search,
        service=service,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    ordering: str | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    service: str | Unset = UNSET,
) -> Response[list[ConnectedService]]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/`` (operation ``ai_account_connected_services_orgs_users_list``)

    Args:
        org (str):
        user_id (str):
        ordering (str | Unset):
        provider (str | Unset):
        search (str | Unset):
        service (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ConnectedService]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            ordering=ordering,
            provider=provider,
            search=search,
            service=service,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    ordering: str | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    service: str | Unset = UNSET,
) -> list[ConnectedService]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/`` (operation ``ai_account_connected_services_orgs_users_list``)

    Args:
        org (str):
        user_id (str):
        ordering (str | Unset):
        provider (str | Unset):
        search (str | Unset):
        service (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ConnectedService]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            ordering=ordering,
            provider=provider,
            search=search,
            service=service,
            client=client,
        )
    ).unwrap()
