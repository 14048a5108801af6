from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_skill_point_response import PlatformSkillPointResponse
from ...types import UNSET, Unset

OPERATION_ID = "catalog_milestones_skill_points_platform_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformSkillPointResponse,
}


def _get_kwargs(
    *,
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_mode"] = department_mode

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["query"] = query

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/milestones/skill_points/platform/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformSkillPointResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlatformSkillPointResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PlatformSkillPointResponse]:
    """Retrieve paginated list of platform skill points

    ``GET /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_retrieve``)

    Args:
        department_mode (bool | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformSkillPointResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PlatformSkillPointResponse:
    """Retrieve paginated list of platform skill points

    ``GET /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_retrieve``)

    Args:
        department_mode (bool | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformSkillPointResponse
    """

    return sync_detailed(
        department_mode=department_mode,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        sort=sort,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PlatformSkillPointResponse]:
    """Retrieve paginated list of platform skill points

    ``GET /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_retrieve``)

    Args:
        department_mode (bool | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformSkillPointResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PlatformSkillPointResponse:
    """Retrieve paginated list of platform skill points

    ``GET /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_retrieve``)

    Args:
        department_mode (bool | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformSkillPointResponse
    """

    return (
        await asyncio_detailed(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=client,
        )
    ).unwrap()
