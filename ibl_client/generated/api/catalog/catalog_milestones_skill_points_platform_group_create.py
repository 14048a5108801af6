from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_skill_point_group_request import PlatformSkillPointGroupRequest

OPERATION_ID = "catalog_milestones_skill_points_platform_group_create"


def _get_kwargs(
    *,
    body: PlatformSkillPointGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/milestones/skill_points/platform/group/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformSkillPointGroupRequest,
) -> Response[Any]:
    """Update skill points for all users in a group

    ``POST /api/catalog/milestones/skill_points/platform/group/`` (operation ``catalog_milestones_skill_points_platform_group_create``)

    Args:
        body (PlatformSkillPointGroupRequest): Request serializer for
            PlatformSkillPointGroupManagementView POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: PlatformSkillPointGroupRequest,
) -> Any:
    """Update skill points for all users in a group

    ``POST /api/catalog/milestones/skill_points/platform/group/`` (operation ``catalog_milestones_skill_points_platform_group_create``)

    Args:
        body (PlatformSkillPointGroupRequest): Request serializer for
            PlatformSkillPointGroupManagementView POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformSkillPointGroupRequest,
) -> Response[Any]:
    """Update skill points for all users in a group

    ``POST /api/catalog/milestones/skill_points/platform/group/`` (operation ``catalog_milestones_skill_points_platform_group_create``)

    Args:
        body (PlatformSkillPointGroupRequest): Request serializer for
            PlatformSkillPointGroupManagementView POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: PlatformSkillPointGroupRequest,
) -> Any:
    """Update skill points for all users in a group

    ``POST /api/catalog/milestones/skill_points/platform/group/`` (operation ``catalog_milestones_skill_points_platform_group_create``)

    Args:
        body (PlatformSkillPointGroupRequest): Request serializer for
            PlatformSkillPointGroupManagementView POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
