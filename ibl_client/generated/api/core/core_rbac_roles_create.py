from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.rbac_role import RbacRole
from ...models.rbac_role_request import RbacRoleRequest

OPERATION_ID = "core_rbac_roles_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: RbacRole,
}


def _get_kwargs(
    *,
    body: RbacRoleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/rbac/roles/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RbacRole | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = RbacRole.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: RbacRoleRequest,
) -> Response[RbacRole]:
    """Create RBAC role

    Create a new RBAC role for a platform.

    ``POST /api/core/rbac/roles/`` (operation ``core_rbac_roles_create``)

    Args:
        body (RbacRoleRequest): Serializer for roles.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacRole]: status, headers, raw body and parsed model.
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
    body: RbacRoleRequest,
) -> RbacRole:
    """Create RBAC role

    Create a new RBAC role for a platform.

    ``POST /api/core/rbac/roles/`` (operation ``core_rbac_roles_create``)

    Args:
        body (RbacRoleRequest): Serializer for roles.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacRole
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: RbacRoleRequest,
) -> Response[RbacRole]:
    """Create RBAC role

    Create a new RBAC role for a platform.

    ``POST /api/core/rbac/roles/`` (operation ``core_rbac_roles_create``)

    Args:
        body (RbacRoleRequest): Serializer for roles.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacRole]: status, headers, raw body and parsed model.
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
    body: RbacRoleRequest,
) -> RbacRole:
    """Create RBAC role

    Create a new RBAC role for a platform.

    ``POST /api/core/rbac/roles/`` (operation ``core_rbac_roles_create``)

    Args:
        body (RbacRoleRequest): Serializer for roles.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacRole
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
