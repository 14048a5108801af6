from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.fallback_llm import FallbackLLM
from ...types import UNSET, Unset

OPERATION_ID = "ai_account_orgs_fallback_llm_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[FallbackLLM],
}


def _get_kwargs(
    org: str,
    *,
    is_enabled: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_enabled"] = is_enabled

    params["ordering"] = ordering

    params["scope"] = scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-account/orgs/{org}/fallback-llm/".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[FallbackLLM] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FallbackLLM.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    is_enabled: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Response[list[FallbackLLM]]:
    """List fallback LLM configurations

    List all fallback LLM configurations for the tenant and global configs.

    ``GET /api/ai-account/orgs/{org}/fallback-llm/`` (operation ``ai_account_orgs_fallback_llm_list``)

    Args:
        org (str):
        is_enabled (bool | Unset):
        ordering (str | Unset):
        scope (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[FallbackLLM]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            is_enabled=is_enabled,
            ordering=ordering,
            scope=scope,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    is_enabled: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> list[FallbackLLM]:
    """List fallback LLM configurations

    List all fallback LLM configurations for the tenant and global configs.

    ``GET /api/ai-account/orgs/{org}/fallback-llm/`` (operation ``ai_account_orgs_fallback_llm_list``)

    Args:
        org (str):
        is_enabled (bool | Unset):
        ordering (str | Unset):
        scope (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[FallbackLLM]
    """

    return sync_detailed(
        org,
        is_enabled=is_enabled,
        ordering=ordering,
        scope=scope,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    is_enabled: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Response[list[FallbackLLM]]:
    """List fallback LLM configurations

    List all fallback LLM configurations for the tenant and global configs.

    ``GET /api/ai-account/orgs/{org}/fallback-llm/`` (operation ``ai_account_orgs_fallback_llm_list``)

    Args:
        org (str):
        is_enabled (bool | Unset):
        ordering (str | Unset):
        scope (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[FallbackLLM]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            is_enabled=is_enabled,
            ordering=ordering,
            scope=scope,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    is_enabled: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> list[FallbackLLM]:
    """List fallback LLM configurations

    List all fallback LLM configurations for the tenant and global configs.

    ``GET /api/ai-account/orgs/{org}/fallback-llm/`` (operation ``ai_account_orgs_fallback_llm_list``)

    Args:
        org (str):
        is_enabled (bool | Unset):
        ordering (str | Unset):
        scope (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[FallbackLLM]
    """

    return (
        await asyncio_detailed(
            org,
            is_enabled=is_enabled,
            ordering=ordering,
            scope=scope,
            client=client,
        )
    ).unwrap()
