from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_users_mcp_servers_list_auth_scope import (
    AiMentorOrgsUsersMcpServersListAuthScope,
)
from ...models.ai_mentor_orgs_users_mcp_servers_list_auth_type import (
    AiMentorOrgsUsersMcpServersListAuthType,
)
from ...models.ai_mentor_orgs_users_mcp_servers_list_transport import (
    AiMentorOrgsUsersMcpServersListTransport,
)
from ...models.paginated_mcp_server_list import PaginatedMCPServerList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_mcp_servers_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedMCPServerList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    auth_scope: AiMentorOrgsUsersMcpServersListAuthScope | Unset = UNSET,
    auth_type: AiMentorOrgsUsersMcpServersListAuthType | Unset = UNSET,
    include_global: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    transport: AiMentorOrgsUsersMcpServersListTransport | Unset = UNSET,
    url_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_auth_scope: str | Unset = UNSET
    if not isinstance(auth_scope, Unset):
        json_auth_scope = auth_scope

    params["auth_scope"] = json_auth_scope

    json_auth_type: str | Unset = UNSET
    if not isinstance(auth_type, Unset):
        json_auth_type = auth_type

    params["auth_type"] = json_auth_type

    params["include_global"] = include_global

    params["is_enabled"] = is_enabled

    params["is_featured"] = is_featured

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    json_transport: str | Unset = UNSET
    if not isinstance(transport, Unset):
        json_transport = transport

    params["transport"] = json_transport

    params["url"] = url_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedMCPServerList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedMCPServerList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    auth_scope: AiMentorOrgsUsersMcpServersListAuthScope | Unset = UNSET,
    auth_type: AiMentorOrgsUsersMcpServersListAuthType | Unset = UNSET,
    include_global: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    transport: AiMentorOrgsUsersMcpServersListTransport | Unset = UNSET,
    url_: str | Unset = UNSET,
) -> Response[PaginatedMCPServerList]:
    """List MCP servers with mentor-scoped and platform-scoped filtering.

    Query Parameters:
    - mentor_unique_id (optional): Filter to mentor-scoped servers for this mentor
    - include_global (optional): Include platform-scoped servers (only with mentor_unique_id)

    RBAC Logic:
    - No params: Returns all accessible servers (owned + granted access + platform-scoped)
    - mentor_unique_id only: Returns mentor-scoped servers for that mentor
    - mentor_unique_id + include_global: Returns both mentor-scoped and platform-scoped servers

    Note: Queryset filtering is handled in get_queryset() since
    rbac_manager.enforce_list_data_access will call get_queryset() internally.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/`` (operation ``ai_mentor_orgs_users_mcp_servers_list``)

    Args:
        org (str):
        user_id (str):
        auth_scope (AiMentorOrgsUsersMcpServersListAuthScope | Unset):
        auth_type (AiMentorOrgsUsersMcpServersListAuthType | Unset):
        include_global (bool | Unset):
        is_enabled (bool | Unset):
        is_featured (bool | Unset):
        mentor_unique_id (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        transport (AiMentorOrgsUsersMcpServersListTransport | Unset):
        url_ (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedMCPServerList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            auth_scope=auth_scope,
            auth_type=auth_type,
            include_global=include_global,
            is_enabled=is_enabled,
            is_featured=is_featured,
            mentor_unique_id=mentor_unique_id,
            page=page,
            page_size=page_size,
            search=search,
            transport=transport,
            url_=url_,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    auth_scope: AiMentorOrgsUsersMcpServersListAuthScope | Unset = UNSET,
    auth_type: AiMentorOrgsUsersMcpServersListAuthType | Unset = UNSET,
    include_global: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    transport: AiMentorOrgsUsersMcpServersListTransport | Unset = UNSET,
    url_: str | Unset = UNSET,
) -> PaginatedMCPServerList:
    """List MCP servers with mentor-scoped and platform-scoped filtering.

    Query Parameters:
    - mentor_unique_id (optional): Filter to mentor-scoped servers for this mentor
    - include_global (optional): Include platform-scoped servers (only with mentor_unique_id)

    RBAC Logic:
    - No params: Returns all accessible servers (owned + granted access + platform-scoped)
    - mentor_unique_id only: Returns mentor-scoped servers for that mentor
    - mentor_unique_id + include_global: Returns both mentor-scoped and platform-scoped servers

    Note: Queryset filtering is handled in get_queryset() since
    rbac_manager.enforce_list_data_access will call get_queryset() internally.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/`` (operation ``ai_mentor_orgs_users_mcp_servers_list``)

    Args:
        org (str):
        user_id (str):
        auth_scope (AiMentorOrgsUsersMcpServersListAuthScope | Unset):
        auth_type (AiMentorOrgsUsersMcpServersListAuthType | Unset):
        include_global (bool | Unset):
        is_enabled (bool | Unset):
        is_featured (bool | Unset):
        mentor_unique_id (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        transport (AiMentorOrgsUsersMcpServersListTransport | Unset):
        url_ (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedMCPServerList
    """

    return sync_detailed(
        org,
        user_id,
        auth_scope=auth_scope,
        auth_type=auth_type,
        include_global=include_global,
        is_enabled=is_enabled,
        is_featured=is_featured,
        mentor_unique_id=mentor_unique_id,
        page=page,
        page_size=page_size,
        search=search,
        transport=transport,
        url_=url_,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    auth_scope: AiMentorOrgsUsersMcpServersListAuthScope | Unset = UNSET,
    auth_type: AiMentorOrgsUsersMcpServersListAuthType | Unset = UNSET,
    include_global: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    transport: AiMentorOrgsUsersMcpServersListTransport | Unset = UNSET,
    url_: str | Unset = UNSET,
) -> Response[PaginatedMCPServerList]:
    """List MCP servers with mentor-scoped and platform-scoped filtering.

    Query Parameters:
    - mentor_unique_id (optional): Filter to mentor-scoped servers for this mentor
    - include_global (optional): Include platform-scoped servers (only with mentor_unique_id)

    RBAC Logic:
    - No params: Returns all accessible servers (owned + granted access + platform-scoped)
    - mentor_unique_id only: Returns mentor-scoped servers for that mentor
    - mentor_unique_id + include_global: Returns both mentor-scoped and platform-scoped servers

    Note: Queryset filtering is handled in get_queryset() since
    rbac_manager.enforce_list_data_access will call get_queryset() internally.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/`` (operation ``ai_mentor_orgs_users_mcp_servers_list``)

    Args:
        org (str):
        user_id (str):
        auth_scope (AiMentorOrgsUsersMcpServersListAuthScope | Unset):
        auth_type (AiMentorOrgsUsersMcpServersListAuthType | Unset):
        include_global (bool | Unset):
        is_enabled (bool | Unset):
        is_featured (bool | Unset):
        mentor_unique_id (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        transport (AiMentorOrgsUsersMcpServersListTransport | Unset):
        url_ (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedMCPServerList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            auth_scope=auth_scope,
            auth_type=auth_type,
            include_global=include_global,
            is_enabled=is_enabled,
            is_featured=is_featured,
            mentor_unique_id=mentor_unique_id,
            page=page,
            page_size=page_size,
            search=search,
            transport=transport,
            url_=url_,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    auth_scope: AiMentorOrgsUsersMcpServersListAuthScope | Unset = UNSET,
    auth_type: AiMentorOrgsUsersMcpServersListAuthType | Unset = UNSET,
    include_global: bool | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    transport: AiMentorOrgsUsersMcpServersListTransport | Unset = UNSET,
    url_: str | Unset = UNSET,
) -> PaginatedMCPServerList:
    """List MCP servers with mentor-scoped and platform-scoped filtering.

    Query Parameters:
    - mentor_unique_id (optional): Filter to mentor-scoped servers for this mentor
    - include_global (optional): Include platform-scoped servers (only with mentor_unique_id)

    RBAC Logic:
    - No params: Returns all accessible servers (owned + granted access + platform-scoped)
    - mentor_unique_id only: Returns mentor-scoped servers for that mentor
    - mentor_unique_id + include_global: Returns both mentor-scoped and platform-scoped servers

    Note: Queryset filtering is handled in get_queryset() since
    rbac_manager.enforce_list_data_access will call get_queryset() internally.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/`` (operation ``ai_mentor_orgs_users_mcp_servers_list``)

    Args:
        org (str):
        user_id (str):
        auth_scope (AiMentorOrgsUsersMcpServersListAuthScope | Unset):
        auth_type (AiMentorOrgsUsersMcpServersListAuthType | Unset):
        include_global (bool | Unset):
        is_enabled (bool | Unset):
        is_featured (bool | Unset):
        mentor_unique_id (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        transport (AiMentorOrgsUsersMcpServersListTransport | Unset):
        url_ (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedMCPServerList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            auth_scope=auth_scope,
            auth_type=auth_type,
            include_global=include_global,
            is_enabled=is_enabled,
            is_featured=is_featured,
            mentor_unique_id=mentor_unique_id,
            page=page,
            page_size=page_size,
            search=search,
            transport=transport,
            url_=url_,
            client=client,
        )
    ).unwrap()
