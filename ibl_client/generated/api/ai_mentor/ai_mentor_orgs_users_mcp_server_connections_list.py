from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_users_mcp_server_connections_list_auth_type import (
    AiMentorOrgsUsersMcpServerConnectionsListAuthType,
)
from ...models.ai_mentor_orgs_users_mcp_server_connections_list_scope import (
    AiMentorOrgsUsersMcpServerConnectionsListScope,
)
from ...models.paginated_mcp_server_connection_list import PaginatedMCPServerConnectionList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_mcp_server_connections_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedMCPServerConnectionList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    auth_type: AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    mentor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    scope: AiMentorOrgsUsersMcpServerConnectionsListScope | Unset = UNSET,
    search: str | Unset = UNSET,
    server: float | Unset = UNSET,
    user: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_auth_type: str | Unset = UNSET
    if not isinstance(auth_type, Unset):
        json_auth_type = auth_type

    params["auth_type"] = json_auth_type

    params["is_active"] = is_active

    params["mentor"] = mentor

    params["page"] = page

    params["page_size"] = page_size

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope

    params["scope"] = json_scope

    params["search"] = search

    params["server"] = server

    params["user"] = user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedMCPServerConnectionList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedMCPServerConnectionList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    auth_type: AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    mentor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    scope: AiMentorOrgsUsersMcpServerConnectionsListScope | Unset = UNSET,
    search: str | Unset = UNSET,
    server: float | Unset = UNSET,
    user: str | Unset = UNSET,
) -> Response[PaginatedMCPServerConnectionList]:
    """Override list to handle object ownership.

    RBAC filtering may remove owned objects if no explicit permissions. This adds back user-scoped
    connections owned by the requesting user.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/`` (operation ``ai_mentor_orgs_users_mcp_server_connections_list``)

    Args:
        org (str):
        user_id (str):
        auth_type (AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset):
        is_active (bool | Unset):
        mentor (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        scope (AiMentorOrgsUsersMcpServerConnectionsListScope | Unset):
        search (str | Unset):
        server (float | Unset):
        user (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedMCPServerConnectionList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            auth_type=auth_type,
            is_active=is_active,
            mentor=mentor,
            page=page,
            page_size=page_size,
            scope=scope,
            search=search,
            server=server,
            user=user,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    auth_type: AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    mentor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    scope: AiMentorOrgsUsersMcpServerConnectionsListScope | Unset = UNSET,
    search: str | Unset = UNSET,
    server: float | Unset = UNSET,
    user: str | Unset = UNSET,
) -> PaginatedMCPServerConnectionList:
    """Override list to handle object ownership.

    RBAC filtering may remove owned objects if no explicit permissions. This adds back user-scoped
    connections owned by the requesting user.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/`` (operation ``ai_mentor_orgs_users_mcp_server_connections_list``)

    Args:
        org (str):
        user_id (str):
        auth_type (AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset):
        is_active (bool | Unset):
        mentor (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        scope (AiMentorOrgsUsersMcpServerConnectionsListScope | Unset):
        search (str | Unset):
        server (float | Unset):
        user (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedMCPServerConnectionList
    """

    return sync_detailed(
        org,
        user_id,
        auth_type=auth_type,
        is_active=is_active,
        mentor=mentor,
        page=page,
        page_size=page_size,
        scope=scope,
        search=search,
        server=server,
        user=user,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    auth_type: AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    mentor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    scope: AiMentorOrgsUsersMcpServerConnectionsListScope | Unset = UNSET,
    search: str | Unset = UNSET,
    server: float | Unset = UNSET,
    user: str | Unset = UNSET,
) -> Response[PaginatedMCPServerConnectionList]:
    """Override list to handle object ownership.

    RBAC filtering may remove owned objects if no explicit permissions. This adds back user-scoped
    connections owned by the requesting user.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/`` (operation ``ai_mentor_orgs_users_mcp_server_connections_list``)

    Args:
        org (str):
        user_id (str):
        auth_type (AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset):
        is_active (bool | Unset):
        mentor (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        scope (AiMentorOrgsUsersMcpServerConnectionsListScope | Unset):
        search (str | Unset):
        server (float | Unset):
        user (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedMCPServerConnectionList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            auth_type=auth_type,
            is_active=is_active,
            mentor=mentor,
            page=page,
            page_size=page_size,
            scope=scope,
            search=search,
            server=server,
            user=user,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    auth_type: AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    mentor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    scope: AiMentorOrgsUsersMcpServerConnectionsListScope | Unset = UNSET,
    search: str | Unset = UNSET,
    server: float | Unset = UNSET,
    user: str | Unset = UNSET,
) -> PaginatedMCPServerConnectionList:
    """Override list to handle object ownership.

    RBAC filtering may remove owned objects if no explicit permissions. This adds back user-scoped
    connections owned by the requesting user.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/`` (operation ``ai_mentor_orgs_users_mcp_server_connections_list``)

    Args:
        org (str):
        user_id (str):
        auth_type (AiMentorOrgsUsersMcpServerConnectionsListAuthType | Unset):
        is_active (bool | Unset):
        mentor (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        scope (AiMentorOrgsUsersMcpServerConnectionsListScope | Unset):
        search (str | Unset):
        server (float | Unset):
        user (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedMCPServerConnectionList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            auth_type=auth_type,
            is_active=is_active,
            mentor=mentor,
            page=page,
            page_size=page_size,
            scope=scope,
            search=search,
            server=server,
            user=user,
            client=client,
        )
    ).unwrap()
