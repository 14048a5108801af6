from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Unset

OPERATION_ID = "core_rbac_roles_destroy"


def _get_kwargs(
    id: int,
    *,
    platform_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/core/rbac/roles/{id}/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 204:
        return None

    return None


def sync_detailed(
    id: int,
    *,
    client: Client,
    platform_key: str | Unset = UNSET,
) -> Response[Any]:
    """Delete RBAC role

    Delete an RBAC role.

    ``DELETE /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_destroy``)

    Args:
        id (int): A unique integer value identifying this RBAC Role.
        platform_key (str | Unset): platform key for authorization check

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            platform_key=platform_key,
        ),
        _parse_response,
    )


def sync(
    id: int,
    *,
    client: Client,
    platform_key: str | Unset = UNSET,
) -> Any:
    """Delete RBAC role

    Delete an RBAC role.

    ``DELETE /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_destroy``)

    Args:
        id (int): A unique integer value identifying this RBAC Role.
        platform_key (str | Unset): platform key for authorization check

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        id,
        platform_key=platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    id: int,
    *,
    client: AsyncClient,
    platform_key: str | Unset = UNSET,
) -> Response[Any]:
    """Delete RBAC role

    Delete an RBAC role.

    ``DELETE /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_destroy``)

    Args:
        id (int): A unique integer value identifying this RBAC Role.
        platform_key (str | Unset): platform key for authorization check

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            platform_key=platform_key,
        ),
        _parse_response,
    )


async def asyncio(
    id: int,
    *,
    client: AsyncClient,
    platform_key: str | Unset = UNSET,
) -> Any:
    """Delete RBAC role

    Delete an RBAC role.

    ``DELETE /api/core/rbac/roles/{id}/`` (operation ``core_rbac_roles_destroy``)

    Args:
        id (int): A unique integer value identifying this RBAC Role.
        platform_key (str | Unset): platform key for authorization check

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            id,
            platform_key=platform_key,
            client=client,
        )
    ).unwrap()
