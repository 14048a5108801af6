from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.patched_rbac_group_request import PatchedRbacGroupRequest
from ...models.rbac_group import RbacGroup
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_rbac_groups_partial_update"


def _get_kwargs(
    id: int,
    *,
    body: PatchedRbacGroupRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/core/rbac/groups/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, PatchedRbacGroupRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RbacGroup | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", RbacGroup, response.json())

        return response_200

    return None


def sync_detailed(
    id: int,
    *,
    client: Client,
    body: PatchedRbacGroupRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[RbacGroup]:
    """Partially update RBAC group

    Partially update an existing RBAC group. Platform validation applies for user assignments.
    Cannot update internal system groups.

    ``PATCH /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_partial_update``)

    Args:
        id (int):
        body (PatchedRbacGroupRequest | Unset): Serializer for RBAC groups.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacGroup]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    id: int,
    *,
    client: Client,
    body: PatchedRbacGroupRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> RbacGroup:
    """Partially update RBAC group

    Partially update an existing RBAC group. Platform validation applies for user assignments.
    Cannot update internal system groups.

    ``PATCH /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_partial_update``)

    Args:
        id (int):
        body (PatchedRbacGroupRequest | Unset): Serializer for RBAC groups.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacGroup
    """

    return sync_detailed(
        id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    id: int,
    *,
    client: AsyncClient,
    body: PatchedRbacGroupRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[RbacGroup]:
    """Partially update RBAC group

    Partially update an existing RBAC group. Platform validation applies for user assignments.
    Cannot update internal system groups.

    ``PATCH /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_partial_update``)

    Args:
        id (int):
        body (PatchedRbacGroupRequest | Unset): Serializer for RBAC groups.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacGroup]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    id: int,
    *,
    client: AsyncClient,
    body: PatchedRbacGroupRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> RbacGroup:
    """Partially update RBAC group

    Partially update an existing RBAC group. Platform validation applies for user assignments.
    Cannot update internal system groups.

    ``PATCH /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_partial_update``)

    Args:
        id (int):
        body (PatchedRbacGroupRequest | Unset): Serializer for RBAC groups.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacGroup
    """

    return (
        await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
