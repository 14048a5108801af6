from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Unset

OPERATION_ID = "catalog_milestones_skill_points_platform_destroy"


def _get_kwargs(
    *,
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    skill_point_id: int,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_mode"] = department_mode

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["query"] = query

    params["skill_point_id"] = skill_point_id

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/catalog/milestones/skill_points/platform/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    *,
    client: Client,
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    skill_point_id: int,
    sort: str | Unset = UNSET,
) -> Response[Any]:
    """Delete a platform skill point entry

    ``DELETE /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_destroy``)

    Args:
        department_mode (bool | Unset): If True, filters results by department user permissions
        platform_key (str | Unset): Platform key identifier
        platform_org (str | Unset): Platform organization identifier
        query (str | Unset): Search query for filtering skill points by user or skill name
        skill_point_id (int): ID of the skill point to delete
        sort (str | Unset): Sort field for results. Default: '-id'

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            skill_point_id=skill_point_id,
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
    skill_point_id: int,
    sort: str | Unset = UNSET,
) -> Any:
    """Delete a platform skill point entry

    ``DELETE /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_destroy``)

    Args:
        department_mode (bool | Unset): If True, filters results by department user permissions
        platform_key (str | Unset): Platform key identifier
        platform_org (str | Unset): Platform organization identifier
        query (str | Unset): Search query for filtering skill points by user or skill name
        skill_point_id (int): ID of the skill point to delete
        sort (str | Unset): Sort field for results. Default: '-id'

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        department_mode=department_mode,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        skill_point_id=skill_point_id,
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
    skill_point_id: int,
    sort: str | Unset = UNSET,
) -> Response[Any]:
    """Delete a platform skill point entry

    ``DELETE /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_destroy``)

    Args:
        department_mode (bool | Unset): If True, filters results by department user permissions
        platform_key (str | Unset): Platform key identifier
        platform_org (str | Unset): Platform organization identifier
        query (str | Unset): Search query for filtering skill points by user or skill name
        skill_point_id (int): ID of the skill point to delete
        sort (str | Unset): Sort field for results. Default: '-id'

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            skill_point_id=skill_point_id,
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
    skill_point_id: int,
    sort: str | Unset = UNSET,
) -> Any:
    """Delete a platform skill point entry

    ``DELETE /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_destroy``)

    Args:
        department_mode (bool | Unset): If True, filters results by department user permissions
        platform_key (str | Unset): Platform key identifier
        platform_org (str | Unset): Platform organization identifier
        query (str | Unset): Search query for filtering skill points by user or skill name
        skill_point_id (int): ID of the skill point to delete
        sort (str | Unset): Sort field for results. Default: '-id'

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            skill_point_id=skill_point_id,
            sort=sort,
            client=client,
        )
    ).unwrap()
