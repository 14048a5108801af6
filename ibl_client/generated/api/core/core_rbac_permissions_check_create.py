from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.permission_check_request import PermissionCheckRequest

OPERATION_ID = "core_rbac_permissions_check_create"


def _get_kwargs(
    *,
    body: PermissionCheckRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/rbac/permissions/check/",
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
    body: PermissionCheckRequest,
) -> Response[Any]:
    """Check user permissions

    Check user permissions for specified resources

    ``POST /api/core/rbac/permissions/check/`` (operation ``core_rbac_permissions_check_create``)

    Args:
        body (PermissionCheckRequest): Serializer for permission check requests

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
    body: PermissionCheckRequest,
) -> Any:
    """Check user permissions

    Check user permissions for specified resources

    ``POST /api/core/rbac/permissions/check/`` (operation ``core_rbac_permissions_check_create``)

    Args:
        body (PermissionCheckRequest): Serializer for permission check requests

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
    body: PermissionCheckRequest,
) -> Response[Any]:
    """Check user permissions

    Check user permissions for specified resources

    ``POST /api/core/rbac/permissions/check/`` (operation ``core_rbac_permissions_check_create``)

    Args:
        body (PermissionCheckRequest): Serializer for permission check requests

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
    body: PermissionCheckRequest,
) -> Any:
    """Check user permissions

    Check user permissions for specified resources

    ``POST /api/core/rbac/permissions/check/`` (operation ``core_rbac_permissions_check_create``)

    Args:
        body (PermissionCheckRequest): Serializer for permission check requests

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
