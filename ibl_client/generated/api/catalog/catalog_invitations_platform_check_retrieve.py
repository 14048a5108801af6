from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET

OPERATION_ID = "catalog_invitations_platform_check_retrieve"


def _get_kwargs(
    *,
    email: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/invitations/platform/check/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    *,
    client: Client,
    email: str,
) -> Response[Any]:
    """Check if a user has an active platform invitation

    ``GET /api/catalog/invitations/platform/check/`` (operation ``catalog_invitations_platform_check_retrieve``)

    Args:
        email (str): The email address to check for active invitations

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    email: str,
) -> Any:
    """Check if a user has an active platform invitation

    ``GET /api/catalog/invitations/platform/check/`` (operation ``catalog_invitations_platform_check_retrieve``)

    Args:
        email (str): The email address to check for active invitations

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        email=email,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    email: str,
) -> Response[Any]:
    """Check if a user has an active platform invitation

    ``GET /api/catalog/invitations/platform/check/`` (operation ``catalog_invitations_platform_check_retrieve``)

    Args:
        email (str): The email address to check for active invitations

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    email: str,
) -> Any:
    """Check if a user has an active platform invitation

    ``GET /api/catalog/invitations/platform/check/`` (operation ``catalog_invitations_platform_check_retrieve``)

    Args:
        email (str): The email address to check for active invitations

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            email=email,
            client=client,
        )
    ).unwrap()
