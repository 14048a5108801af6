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
from ...models.patched_rbac_role_request import PatchedRbacRoleRequest
from ...models.rbac_role import RbacRole
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_rbac_roles_partial_update"


def _get_kwargs(
    id: int,
    *,
    body: PatchedRbacRoleRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/core/rbac/roles/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, PatchedRbacRoleRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RbacRole | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", RbacRole, response.json())

        return response_200

    return None


def sync_detailed(
    id: int,
    *,
    client: Client,
    body: PatchedRbacRoleRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[RbacRole]:
    """Partially update RBAC role

    Partially update an existing RBAC role.

    ``PATCH /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_partial_update``)

    Args:
        id (int):
        body (PatchedRbacRoleRequest | Unset): Serializer for roles.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacRole]: status, headers, raw body and parsed model.
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
    body: PatchedRbacRoleRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> RbacRole:
    """Partially update RBAC role

    Partially update an existing RBAC role.

    ``PATCH /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_partial_update``)

    Args:
        id (int):
        body (PatchedRbacRoleRequest | Unset): Serializer for roles.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacRole
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
    body: PatchedRbacRoleRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[RbacRole]:
    """Partially update RBAC role

    Partially update an existing RBAC role.

    ``PATCH /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_partial_update``)

    Args:
        id (int):
        body (PatchedRbacRoleRequest | Unset): Serializer for roles.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacRole]: status, headers, raw body and parsed model.
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
    body: PatchedRbacRoleRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> RbacRole:
    """Partially update RBAC role

    Partially update an existing RBAC role.

    ``PATCH /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_partial_update``)

    Args:
        id (int):
        body (PatchedRbacRoleRequest | Unset): Serializer for roles.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacRole
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
