from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mcp_server_oauth_find import MCPServerOauthFind
from ...models.o_auth_service import OAuthService

OPERATION_ID = "ai_mentor_orgs_users_mcp_servers_oauth_find_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: OAuthService,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: MCPServerOauthFind,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/oauth-find/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> OAuthService | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = OAuthService.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: MCPServerOauthFind,
) -> Response[OAuthService]:
    """Check that a given mcp server (where the user specifies oauth authentication) either has pre-
    configured oauth credentials or support Dynamic Client Registration.

    This method: 1. First checks if the MCP server already has a configured OAuth service 2. If not,
    attempts to discover and register an OAuth service using Dynamic Client Registration 3. Returns
    the OAuth service information if found or registered

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/oauth-find/`` (operation ``ai_mentor_orgs_users_mcp_servers_oauth_find_create``)

    Args:
        org (str):
        user_id (str):
        body (MCPServerOauthFind):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OAuthService]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: MCPServerOauthFind,
) -> OAuthService:
    """Check that a given mcp server (where the user specifies oauth authentication) either has pre-
    configured oauth credentials or support Dynamic Client Registration.

    This method: 1. First checks if the MCP server already has a configured OAuth service 2. If not,
    attempts to discover and register an OAuth service using Dynamic Client Registration 3. Returns
    the OAuth service information if found or registered

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/oauth-find/`` (operation ``ai_mentor_orgs_users_mcp_servers_oauth_find_create``)

    Args:
        org (str):
        user_id (str):
        body (MCPServerOauthFind):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OAuthService
    """

    return sync_detailed(
        org,
        user_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: MCPServerOauthFind,
) -> Response[OAuthService]:
    """Check that a given mcp server (where the user specifies oauth authentication) either has pre-
    configured oauth credentials or support Dynamic Client Registration.

    This method: 1. First checks if the MCP server already has a configured OAuth service 2. If not,
    attempts to discover and register an OAuth service using Dynamic Client Registration 3. Returns
    the OAuth service information if found or registered

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/oauth-find/`` (operation ``ai_mentor_orgs_users_mcp_servers_oauth_find_create``)

    Args:
        org (str):
        user_id (str):
        body (MCPServerOauthFind):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OAuthService]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: MCPServerOauthFind,
) -> OAuthService:
    """Check that a given mcp server (where the user specifies oauth authentication) either has pre-
    configured oauth credentials or support Dynamic Client Registration.

    This method: 1. First checks if the MCP server already has a configured OAuth service 2. If not,
    attempts to discover and register an OAuth service using Dynamic Client Registration 3. Returns
    the OAuth service information if found or registered

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/oauth-find/`` (operation ``ai_mentor_orgs_users_mcp_servers_oauth_find_create``)

    Args:
        org (str):
        user_id (str):
        body (MCPServerOauthFind):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OAuthService
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
