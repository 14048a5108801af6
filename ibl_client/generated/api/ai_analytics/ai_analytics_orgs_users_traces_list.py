from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_trace_list import PaginatedTraceList
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_traces_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedTraceList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["ordering"] = ordering

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/traces/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedTraceList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedTraceList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedTraceList]:
    """Viewset for retrieving and listing Langfuse traces.

    This viewset provides read-only access to Langfuse traces data for platform admins. Traces
    represent high-level tracking of user interactions and AI responses.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/traces/`` (operation ``ai_analytics_orgs_users_traces_list``)

    Args:
        org (str):
        user_id (str):
        limit (int | Unset):
        offset (int | Unset):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedTraceList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedTraceList:
    """Viewset for retrieving and listing Langfuse traces.

    This viewset provides read-only access to Langfuse traces data for platform admins. Traces
    represent high-level tracking of user interactions and AI responses.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/traces/`` (operation ``ai_analytics_orgs_users_traces_list``)

    Args:
        org (str):
        user_id (str):
        limit (int | Unset):
        offset (int | Unset):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedTraceList
    """

    return sync_detailed(
        org,
        user_id,
        limit=limit,
        offset=offset,
        ordering=ordering,
        search=search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedTraceList]:
    """Viewset for retrieving and listing Langfuse traces.

    This viewset provides read-only access to Langfuse traces data for platform admins. Traces
    represent high-level tracking of user interactions and AI responses.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/traces/`` (operation ``ai_analytics_orgs_users_traces_list``)

    Args:
        org (str):
        user_id (str):
        limit (int | Unset):
        offset (int | Unset):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedTraceList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedTraceList:
    """Viewset for retrieving and listing Langfuse traces.

    This viewset provides read-only access to Langfuse traces data for platform admins. Traces
    represent high-level tracking of user interactions and AI responses.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/traces/`` (operation ``ai_analytics_orgs_users_traces_list``)

    Args:
        org (str):
        user_id (str):
        limit (int | Unset):
        offset (int | Unset):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedTraceList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=client,
        )
    ).unwrap()
