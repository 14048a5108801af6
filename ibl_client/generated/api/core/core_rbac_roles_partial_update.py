from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.patched_rbac_role_request import PatchedRbacRoleRequest
from ...models.rbac_role import RbacRole
from ...types import UNSET, Unset

OPERATION_ID = "core_rbac_roles_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: RbacRole,
}


def _get_kwargs(
    id: int,
    *,
    body: PatchedRbacRoleRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/core/rbac/roles/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RbacRole | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = RbacRole.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    id: int,
    *,
    client: Client,
    body: PatchedRbacRoleRequest | Unset = UNSET,
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
    )


def sync(
    id: int,
    *,
    client: Client,
    body: PatchedRbacRoleRequest | Unset = UNSET,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    id: int,
    *,
    client: AsyncClient,
    body: PatchedRbacRoleRequest | Unset = UNSET,
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
    )


async def asyncio(
    id: int,
    *,
    client: AsyncClient,
    body: PatchedRbacRoleRequest | Unset = UNSET,
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
            client=client,
        )
    ).unwrap()
