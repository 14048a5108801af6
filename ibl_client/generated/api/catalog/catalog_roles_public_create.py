from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.role import Role
from ...models.role_create_update_request import RoleCreateUpdateRequest

OPERATION_ID = "catalog_roles_public_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Role,
    201: Role,
}


def _get_kwargs(
    *,
    body: RoleCreateUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/roles/public/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Role | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Role.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Role.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: RoleCreateUpdateRequest,
) -> Response[Role]:
    """Add or update a role through the public API (when enabled).

    ``POST /api/catalog/roles/public/`` (operation ``catalog_roles_public_create``)

    Args:
        body (RoleCreateUpdateRequest): Serializer for role creation/update request parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Role]: status, headers, raw body and parsed model.
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
    body: RoleCreateUpdateRequest,
) -> Role:
    """Add or update a role through the public API (when enabled).

    ``POST /api/catalog/roles/public/`` (operation ``catalog_roles_public_create``)

    Args:
        body (RoleCreateUpdateRequest): Serializer for role creation/update request parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Role
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: RoleCreateUpdateRequest,
) -> Response[Role]:
    """Add or update a role through the public API (when enabled).

    ``POST /api/catalog/roles/public/`` (operation ``catalog_roles_public_create``)

    Args:
        body (RoleCreateUpdateRequest): Serializer for role creation/update request parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Role]: status, headers, raw body and parsed model.
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
    body: RoleCreateUpdateRequest,
) -> Role:
    """Add or update a role through the public API (when enabled).

    ``POST /api/catalog/roles/public/`` (operation ``catalog_roles_public_create``)

    Args:
        body (RoleCreateUpdateRequest): Serializer for role creation/update request parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Role
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
