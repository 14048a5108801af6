from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET

OPERATION_ID = "core_platform_api_tokens_destroy"


def _get_kwargs(
    name: str,
    *,
    platform_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/core/platform/api-tokens/{name}".format(
            name=quote(str(name), safe=""),
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
    name: str,
    *,
    client: Client,
    platform_key: str,
) -> Response[Any]:
    """Delete Platform Api Key by name in the target platform

    ``DELETE /api/core/platform/api-tokens/{name}`` (operation ``core_platform_api_tokens_destroy``)

    Args:
        name (str):
        platform_key (str): Platform key of target platform

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            name,
            platform_key=platform_key,
        ),
        _parse_response,
    )


def sync(
    name: str,
    *,
    client: Client,
    platform_key: str,
) -> Any:
    """Delete Platform Api Key by name in the target platform

    ``DELETE /api/core/platform/api-tokens/{name}`` (operation ``core_platform_api_tokens_destroy``)

    Args:
        name (str):
        platform_key (str): Platform key of target platform

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        name,
        platform_key=platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    name: str,
    *,
    client: AsyncClient,
    platform_key: str,
) -> Response[Any]:
    """Delete Platform Api Key by name in the target platform

    ``DELETE /api/core/platform/api-tokens/{name}`` (operation ``core_platform_api_tokens_destroy``)

    Args:
        name (str):
        platform_key (str): Platform key of target platform

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            name,
            platform_key=platform_key,
        ),
        _parse_response,
    )


async def asyncio(
    name: str,
    *,
    client: AsyncClient,
    platform_key: str,
) -> Any:
    """Delete Platform Api Key by name in the target platform

    ``DELETE /api/core/platform/api-tokens/{name}`` (operation ``core_platform_api_tokens_destroy``)

    Args:
        name (str):
        platform_key (str): Platform key of target platform

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            name,
            platform_key=platform_key,
            client=client,
        )
    ).unwrap()
