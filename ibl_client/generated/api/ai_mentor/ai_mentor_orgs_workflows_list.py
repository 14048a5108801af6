from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_workflow_list import PaginatedWorkflowList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_workflows_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedWorkflowList,
}


def _get_kwargs(
    org: str,
    *,
    created_by: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_template: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["created_by"] = created_by

    params["is_active"] = is_active

    params["is_template"] = is_template

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/workflows/".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedWorkflowList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedWorkflowList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    created_by: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_template: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedWorkflowList]:
    """List workflows

    Retrieve a list of workflows in the platform with optional filtering and search.

    ``GET /api/ai-mentor/orgs/{org}/workflows/`` (operation ``ai_mentor_orgs_workflows_list``)

    Args:
        org (str):
        created_by (str | Unset):
        is_active (bool | Unset):
        is_template (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedWorkflowList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            created_by=created_by,
            is_active=is_active,
            is_template=is_template,
            limit=limit,
            offset=offset,
            search=search,
            sort=sort,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    created_by: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_template: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedWorkflowList:
    """List workflows

    Retrieve a list of workflows in the platform with optional filtering and search.

    ``GET /api/ai-mentor/orgs/{org}/workflows/`` (operation ``ai_mentor_orgs_workflows_list``)

    Args:
        org (str):
        created_by (str | Unset):
        is_active (bool | Unset):
        is_template (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedWorkflowList
    """

    return sync_detailed(
        org,
        created_by=created_by,
        is_active=is_active,
        is_template=is_template,
        limit=limit,
        offset=offset,
        search=search,
        sort=sort,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    created_by: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_template: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedWorkflowList]:
    """List workflows

    Retrieve a list of workflows in the platform with optional filtering and search.

    ``GET /api/ai-mentor/orgs/{org}/workflows/`` (operation ``ai_mentor_orgs_workflows_list``)

    Args:
        org (str):
        created_by (str | Unset):
        is_active (bool | Unset):
        is_template (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedWorkflowList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            created_by=created_by,
            is_active=is_active,
            is_template=is_template,
            limit=limit,
            offset=offset,
            search=search,
            sort=sort,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    created_by: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_template: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedWorkflowList:
    """List workflows

    Retrieve a list of workflows in the platform with optional filtering and search.

    ``GET /api/ai-mentor/orgs/{org}/workflows/`` (operation ``ai_mentor_orgs_workflows_list``)

    Args:
        org (str):
        created_by (str | Unset):
        is_active (bool | Unset):
        is_template (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedWorkflowList
    """

    return (
        await asyncio_detailed(
            org,
            created_by=created_by,
            is_active=is_active,
            is_template=is_template,
            limit=limit,
            offset=offset,
            search=search,
            sort=sort,
            client=client,
        )
    ).unwrap()
