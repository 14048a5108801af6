from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.rbac_group import RbacGroup
from ...models.rbac_group_request import RbacGroupRequest

OPERATION_ID = "core_rbac_groups_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: RbacGroup,
}


def _get_kwargs(
    id: int,
    *,
    body: RbacGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/core/rbac/groups/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RbacGroup | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = RbacGroup.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    id: int,
    *,
    client: Client,
    body: RbacGroupRequest,
) -> Response[RbacGroup]:
    """Update RBAC group

    Update an existing RBAC group. Platform validation applies for user assignments. Cannot update
    internal system groups.

    ``PUT /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_update``)

    Args:
        id (int):
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
            id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    id: int,
    *,
    client: Client,
    body: RbacGroupRequest,
) -> RbacGroup:
    """Update RBAC group

    Update an existing RBAC group. Platform validation applies for user assignments. Cannot update
    internal system groups.

    ``PUT /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_update``)

    Args:
        id (int):
        body (RbacGroupRequest): Serializer for RBAC groups.

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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    id: int,
    *,
    client: AsyncClient,
    body: RbacGroupRequest,
) -> Response[RbacGroup]:
    """Update RBAC group

    Update an existing RBAC group. Platform validation applies for user assignments. Cannot update
    internal system groups.

    ``PUT /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_update``)

    Args:
        id (int):
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
            id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    id: int,
    *,
    client: AsyncClient,
    body: RbacGroupRequest,
) -> RbacGroup:
    """Update RBAC group

    Update an existing RBAC group. Platform validation applies for user assignments. Cannot update
    internal system groups.

    ``PUT /api/core/rbac/groups/{id}/`` (operation ``core_rbac_groups_update``)

    Args:
        id (int):
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
            id,
            body=body,
            client=client,
        )
    ).unwrap()
