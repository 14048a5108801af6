from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_play_wright_script_list import PaginatedPlayWrightScriptList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_playwright_scripts_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedPlayWrightScriptList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    is_public: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    student: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_public"] = is_public

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["student"] = student

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedPlayWrightScriptList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedPlayWrightScriptList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    is_public: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    student: int | Unset = UNSET,
) -> Response[PaginatedPlayWrightScriptList]:
    """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/`` (operation ``ai_mentor_orgs_users_playwright_scripts_list``)

    Args:
        org (str):
        user_id (str):
        is_public (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        student (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedPlayWrightScriptList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            is_public=is_public,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            student=student,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    is_public: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    student: int | Unset = UNSET,
) -> PaginatedPlayWrightScriptList:
    """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/`` (operation ``ai_mentor_orgs_users_playwright_scripts_list``)

    Args:
        org (str):
        user_id (str):
        is_public (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        student (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedPlayWrightScriptList
    """

    return sync_detailed(
        org,
        user_id,
        is_public=is_public,
        ordering=ordering,
        page=page,
        page_size=page_size,
        search=search,
        student=student,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    is_public: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    student: int | Unset = UNSET,
) -> Response[PaginatedPlayWrightScriptList]:
    """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/`` (operation ``ai_mentor_orgs_users_playwright_scripts_list``)

    Args:
        org (str):
        user_id (str):
        is_public (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        student (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedPlayWrightScriptList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            is_public=is_public,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            student=student,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    is_public: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    student: int | Unset = UNSET,
) -> PaginatedPlayWrightScriptList:
    """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/`` (operation ``ai_mentor_orgs_users_playwright_scripts_list``)

    Args:
        org (str):
        user_id (str):
        is_public (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        student (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedPlayWrightScriptList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            is_public=is_public,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            student=student,
            client=client,
        )
    ).unwrap()
