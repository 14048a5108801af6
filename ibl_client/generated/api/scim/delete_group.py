from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Unset

OPERATION_ID = "delete_group"


def _get_kwargs(
    platform_key: str,
    id: str,
    *,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/orgs/{platform_key}/scim/v2/Groups/{id}".format(
            platform_key=quote(str(platform_key), safe=""),
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
    platform_key: str,
    id: str,
    *,
    client: Client,
    format_: str | Unset = UNSET,
) -> Response[Any]:
    """Delete an existing RBAC group

    Delete an existing RBAC group from the system

    ``DELETE /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``delete_group``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            id,
            format_=format_,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    id: str,
    *,
    client: Client,
    format_: str | Unset = UNSET,
) -> Any:
    """Delete an existing RBAC group

    Delete an existing RBAC group from the system

    ``DELETE /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``delete_group``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        platform_key,
        id,
        format_=format_,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    id: str,
    *,
    client: AsyncClient,
    format_: str | Unset = UNSET,
) -> Response[Any]:
    """Delete an existing RBAC group

    Delete an existing RBAC group from the system

    ``DELETE /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``delete_group``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            id,
            format_=format_,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    id: str,
    *,
    client: AsyncClient,
    format_: str | Unset = UNSET,
) -> Any:
    """Delete an existing RBAC group

    Delete an existing RBAC group from the system

    ``DELETE /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``delete_group``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            client=client,
        )
    ).unwrap()
