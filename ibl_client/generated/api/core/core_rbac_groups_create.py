from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.rbac_group import RbacGroup
from ...models.rbac_group_request import RbacGroupRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_rbac_groups_create"


def _get_kwargs(
    *,
    body: RbacGroupRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/rbac/groups/",
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, RbacGroupRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RbacGroup | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = nested("response_201", RbacGroup, response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: RbacGroupRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[RbacGroup]:
    """Create RBAC group

    Create a new RBAC group for a platform. Users can be assigned during creation.

    ``POST /api/core/rbac/groups/`` (operation ``core_rbac_groups_create``)

    Args:
        body (RbacGroupRequest): Serializer for RBAC groups.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacGroup]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
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
    body: RbacGroupRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> RbacGroup:
    """Create RBAC group

    Create a new RBAC group for a platform. Users can be assigned during creation.

    ``POST /api/core/rbac/groups/`` (operation ``core_rbac_groups_create``)

    Args:
        body (RbacGroupRequest): Serializer for RBAC groups.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacGroup
    """

    return sync_detailed(
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: RbacGroupRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[RbacGroup]:
    """Create RBAC group

    Create a new RBAC group for a platform. Users can be assigned during creation.

    ``POST /api/core/rbac/groups/`` (operation ``core_rbac_groups_create``)

    Args:
        body (RbacGroupRequest): Serializer for RBAC groups.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacGroup]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
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
    body: RbacGroupRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> RbacGroup:
    """Create RBAC group

    Create a new RBAC group for a platform. Users can be assigned during creation.

    ``POST /api/core/rbac/groups/`` (operation ``core_rbac_groups_create``)

    Args:
        body (RbacGroupRequest): Serializer for RBAC groups.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacGroup
    """

    return (
        await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
