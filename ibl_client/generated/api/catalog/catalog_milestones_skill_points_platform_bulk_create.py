from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_skill_point_bulk_request import PlatformSkillPointBulkRequest
from ...models.platform_skill_point_bulk_response import PlatformSkillPointBulkResponse

OPERATION_ID = "catalog_milestones_skill_points_platform_bulk_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformSkillPointBulkResponse,
}


def _get_kwargs(
    *,
    body: PlatformSkillPointBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/milestones/skill_points/platform/bulk/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformSkillPointBulkResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlatformSkillPointBulkResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformSkillPointBulkRequest,
) -> Response[PlatformSkillPointBulkResponse]:
    """Bulk create/update platform skill points

    ``POST /api/catalog/milestones/skill_points/platform/bulk/`` (operation ``catalog_milestones_skill_points_platform_bulk_create``)

    Args:
        body (PlatformSkillPointBulkRequest): Request serializer for
            PlatformSkillPointBulkManagementView POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformSkillPointBulkResponse]: status, headers, raw body and parsed model.
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
    body: PlatformSkillPointBulkRequest,
) -> PlatformSkillPointBulkResponse:
    """Bulk create/update platform skill points

    ``POST /api/catalog/milestones/skill_points/platform/bulk/`` (operation ``catalog_milestones_skill_points_platform_bulk_create``)

    Args:
        body (PlatformSkillPointBulkRequest): Request serializer for
            PlatformSkillPointBulkManagementView POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformSkillPointBulkResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformSkillPointBulkRequest,
) -> Response[PlatformSkillPointBulkResponse]:
    """Bulk create/update platform skill points

    ``POST /api/catalog/milestones/skill_points/platform/bulk/`` (operation ``catalog_milestones_skill_points_platform_bulk_create``)

    Args:
        body (PlatformSkillPointBulkRequest): Request serializer for
            PlatformSkillPointBulkManagementView POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformSkillPointBulkResponse]: status, headers, raw body and parsed model.
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
    body: PlatformSkillPointBulkRequest,
) -> PlatformSkillPointBulkResponse:
    """Bulk create/update platform skill points

    ``POST /api/catalog/milestones/skill_points/platform/bulk/`` (operation ``catalog_milestones_skill_points_platform_bulk_create``)

    Args:
        body (PlatformSkillPointBulkRequest): Request serializer for
            PlatformSkillPointBulkManagementView POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformSkillPointBulkResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
