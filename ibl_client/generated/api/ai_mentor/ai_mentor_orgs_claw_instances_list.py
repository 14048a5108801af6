from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_claw_instances_list_status import (
    AiMentorOrgsClawInstancesListStatus,
)
from ...models.paginated_claw_instance_list import PaginatedClawInstanceList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_claw_instances_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedClawInstanceList,
}


def _get_kwargs(
    org: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsClawInstancesListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/claw/instances/".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedClawInstanceList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedClawInstanceList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsClawInstancesListStatus | Unset = UNSET,
) -> Response[PaginatedClawInstanceList]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/claw/instances/`` (operation ``ai_mentor_orgs_claw_instances_list``)

    Args:
        org (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        status (AiMentorOrgsClawInstancesListStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedClawInstanceList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            limit=limit,
            offset=offset,
            search=search,
            status=status,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsClawInstancesListStatus | Unset = UNSET,
) -> PaginatedClawInstanceList:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/claw/instances/`` (operation ``ai_mentor_orgs_claw_instances_list``)

    Args:
        org (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        status (AiMentorOrgsClawInstancesListStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedClawInstanceList
    """

    return sync_detailed(
        org,
        limit=limit,
        offset=offset,
        search=search,
        status=status,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsClawInstancesListStatus | Unset = UNSET,
) -> Response[PaginatedClawInstanceList]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/claw/instances/`` (operation ``ai_mentor_orgs_claw_instances_list``)

    Args:
        org (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        status (AiMentorOrgsClawInstancesListStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedClawInstanceList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            limit=limit,
            offset=offset,
            search=search,
            status=status,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsClawInstancesListStatus | Unset = UNSET,
) -> PaginatedClawInstanceList:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/claw/instances/`` (operation ``ai_mentor_orgs_claw_instances_list``)

    Args:
        org (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        status (AiMentorOrgsClawInstancesListStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedClawInstanceList
    """

    return (
        await asyncio_detailed(
            org,
            limit=limit,
            offset=offset,
            search=search,
            status=status,
            client=client,
        )
    ).unwrap()
