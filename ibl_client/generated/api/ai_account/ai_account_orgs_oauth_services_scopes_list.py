from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.o_auth_service import OAuthService

OPERATION_ID = "ai_account_orgs_oauth_services_scopes_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[OAuthService],
}


def _get_kwargs(
    org: str,
    service_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-account/orgs/{org}/oauth-services/{service_name}/scopes/".format(
            org=quote(str(org), safe=""),
            service_name=quote(str(service_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[OAuthService] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OAuthService.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    service_name: str,
    *,
    client: Client,
) -> Response[list[OAuthService]]:
    """Return the available scopes for the specified OAuth service.

    Query Parameters:
    include_disabled (optional): Set to `true` to include scopes from disabled services.

    ``GET /api/ai-account/orgs/{org}/oauth-services/{service_name}/scopes/`` (operation ``ai_account_orgs_oauth_services_scopes_list``)

    Args:
        org (str):
        service_name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[OAuthService]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            service_name,
        ),
        _parse_response,
    )


def sync(
    org: str,
    service_name: str,
    *,
    client: Client,
) -> list[OAuthService]:
    """Return the available scopes for the specified OAuth service.

    Query Parameters:
    include_disabled (optional): Set to `true` to include scopes from disabled services.

    ``GET /api/ai-account/orgs/{org}/oauth-services/{service_name}/scopes/`` (operation ``ai_account_orgs_oauth_services_scopes_list``)

    Args:
        org (str):
        service_name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[OAuthService]
    """

    return sync_detailed(
        org,
        service_name,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    service_name: str,
    *,
    client: AsyncClient,
) -> Response[list[OAuthService]]:
    """Return the available scopes for the specified OAuth service.

    Query Parameters:
    include_disabled (optional): Set to `true` to include scopes from disabled services.

    ``GET /api/ai-account/orgs/{org}/oauth-services/{service_name}/scopes/`` (operation ``ai_account_orgs_oauth_services_scopes_list``)

    Args:
        org (str):
        service_name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[OAuthService]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            service_name,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    service_name: str,
    *,
    client: AsyncClient,
) -> list[OAuthService]:
    """Return the available scopes for the specified OAuth service.

    Query Parameters:
    include_disabled (optional): Set to `true` to include scopes from disabled services.

    ``GET /api/ai-account/orgs/{org}/oauth-services/{service_name}/scopes/`` (operation ``ai_account_orgs_oauth_services_scopes_list``)

    Args:
        org (str):
        service_name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[OAuthService]
    """

    return (
        await asyncio_detailed(
            org,
            service_name,
            client=client,
        )
    ).unwrap()
