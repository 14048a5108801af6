from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mcp_server_connection import MCPServerConnection
from ...models.mcp_server_connection_request import MCPServerConnectionRequest

OPERATION_ID = "ai_mentor_orgs_users_mcp_server_connections_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: MCPServerConnection,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: MCPServerConnectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MCPServerConnection | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = MCPServerConnection.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: MCPServerConnectionRequest,
) -> Response[MCPServerConnection]:
    """ViewSet for MCP server connections.

    Tenant administrators can create user- or platform-scoped connections that encapsulate the
    authentication configuration for invoking an MCP server.

    RBAC Resource Hierarchy:
    MCPServerConnection is a subresource of MCPServer. Resource paths are:
    - Collection: /platforms/{platform_id}/mcpservers/{server_id}/connections/
    - Object: /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/`` (operation ``ai_mentor_orgs_users_mcp_server_connections_create``)

    Args:
        org (str):
        user_id (str):
        body (MCPServerConnectionRequest): Serializer for managing `MCPServerConnection` records
            via the API.

            The serializer enforces the business rules for combining scope, platform, and
            authentication configuration while exposing a masked view of any stored credentials.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MCPServerConnection]: status, headers, raw body and parsed model.
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
    body: MCPServerConnectionRequest,
) -> MCPServerConnection:
    """ViewSet for MCP server connections.

    Tenant administrators can create user- or platform-scoped connections that encapsulate the
    authentication configuration for invoking an MCP server.

    RBAC Resource Hierarchy:
    MCPServerConnection is a subresource of MCPServer. Resource paths are:
    - Collection: /platforms/{platform_id}/mcpservers/{server_id}/connections/
    - Object: /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/`` (operation ``ai_mentor_orgs_users_mcp_server_connections_create``)

    Args:
        org (str):
        user_id (str):
        body (MCPServerConnectionRequest): Serializer for managing `MCPServerConnection` records
            via the API.

            The serializer enforces the business rules for combining scope, platform, and
            authentication configuration while exposing a masked view of any stored credentials.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MCPServerConnection
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
    body: MCPServerConnectionRequest,
) -> Response[MCPServerConnection]:
    """ViewSet for MCP server connections.

    Tenant administrators can create user- or platform-scoped connections that encapsulate the
    authentication configuration for invoking an MCP server.

    RBAC Resource Hierarchy:
    MCPServerConnection is a subresource of MCPServer. Resource paths are:
    - Collection: /platforms/{platform_id}/mcpservers/{server_id}/connections/
    - Object: /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/`` (operation ``ai_mentor_orgs_users_mcp_server_connections_create``)

    Args:
        org (str):
        user_id (str):
        body (MCPServerConnectionRequest): Serializer for managing `MCPServerConnection` records
            via the API.

            The serializer enforces the business rules for combining scope, platform, and
            authentication configuration while exposing a masked view of any stored credentials.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MCPServerConnection]: status, headers, raw body and parsed model.
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
    body: MCPServerConnectionRequest,
) -> MCPServerConnection:
    """ViewSet for MCP server connections.

    Tenant administrators can create user- or platform-scoped connections that encapsulate the
    authentication configuration for invoking an MCP server.

    RBAC Resource Hierarchy:
    MCPServerConnection is a subresource of MCPServer. Resource paths are:
    - Collection: /platforms/{platform_id}/mcpservers/{server_id}/connections/
    - Object: /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/`` (operation ``ai_mentor_orgs_users_mcp_server_connections_create``)

    Args:
        org (str):
        user_id (str):
        body (MCPServerConnectionRequest): Serializer for managing `MCPServerConnection` records
            via the API.

            The serializer enforces the business rules for combining scope, platform, and
            authentication configuration while exposing a masked view of any stored credentials.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MCPServerConnection
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
