from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_mcp_server_list import PaginatedMCPServerList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_mcp_servers_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["platform"] = platform

    params["search"] = search

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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedMCPServerList]:
    """List all MCP servers.

    Returns a paginated list of MCP servers that can be filtered by platform and searched by name or
    URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/`` (operation ``ai_mentor_orgs_users_mcp_servers_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        platform (int | Unset):
        search (str | Unset): A search term.

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
            page=page,
            page_size=page_size,
            platform=platform,
            search=search,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedMCPServerList:
    """List all MCP servers.

    Returns a paginated list of MCP servers that can be filtered by platform and searched by name or
    URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/`` (operation ``ai_mentor_orgs_users_mcp_servers_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        platform (int | Unset):
        search (str | Unset): A search term.

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
        page=page,
        page_size=page_size,
        platform=platform,
        search=search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedMCPServerList]:
    """List all MCP servers.

    Returns a paginated list of MCP servers that can be filtered by platform and searched by name or
    URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/`` (operation ``ai_mentor_orgs_users_mcp_servers_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        platform (int | Unset):
        search (str | Unset): A search term.

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
            page=page,
            page_size=page_size,
            platform=platform,
            search=search,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedMCPServerList:
    """List all MCP servers.

    Returns a paginated list of MCP servers that can be filtered by platform and searched by name or
    URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/`` (operation ``ai_mentor_orgs_users_mcp_servers_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        platform (int | Unset):
        search (str | Unset): A search term.

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
            page=page,
            page_size=page_size,
            platform=platform,
            search=search,
            client=client,
        )
    ).unwrap()
