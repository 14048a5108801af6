from collections.abc import Mapping
from typing import Any

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    request_body,
)
from ...models.platform_skill_point_request import PlatformSkillPointRequest
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "catalog_milestones_skill_points_platform_create"


def _get_kwargs(
    *,
    body: PlatformSkillPointRequest | Mapping[str, Any],
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["department_mode"] = department_mode

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["query"] = query

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/milestones/skill_points/platform/",
        "params": params,
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, PlatformSkillPointRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return decode(response)
    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformSkillPointRequest | Mapping[str, Any],
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Update platform skill points for a user

    ``POST /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_create``)

    Args:
        department_mode (bool | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        body (PlatformSkillPointRequest): Request serializer for PlatformSkillPointManagementView
            POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    body: PlatformSkillPointRequest | Mapping[str, Any],
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Update platform skill points for a user

    ``POST /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_create``)

    Args:
        department_mode (bool | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        body (PlatformSkillPointRequest): Request serializer for PlatformSkillPointManagementView
            POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        body=body,
        department_mode=department_mode,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        sort=sort,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformSkillPointRequest | Mapping[str, Any],
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Update platform skill points for a user

    ``POST /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_create``)

    Args:
        department_mode (bool | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        body (PlatformSkillPointRequest): Request serializer for PlatformSkillPointManagementView
            POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: PlatformSkillPointRequest | Mapping[str, Any],
    department_mode: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Update platform skill points for a user

    ``POST /api/catalog/milestones/skill_points/platform/`` (operation ``catalog_milestones_skill_points_platform_create``)

    Args:
        department_mode (bool | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        body (PlatformSkillPointRequest): Request serializer for PlatformSkillPointManagementView
            POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            body=body,
            department_mode=department_mode,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
