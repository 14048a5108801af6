from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.fallback_llm import FallbackLLM

OPERATION_ID = "ai_account_orgs_fallback_llm_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: FallbackLLM,
}


def _get_kwargs(
    org: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-account/orgs/{org}/fallback-llm/{id}/".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> FallbackLLM | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = FallbackLLM.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    id: str,
    *,
    client: Client,
) -> Response[FallbackLLM]:
    """Get fallback LLM configuration

    Retrieve a specific fallback LLM configuration.

    ``GET /api/ai-account/orgs/{org}/fallback-llm/{id}/`` (operation ``ai_account_orgs_fallback_llm_retrieve``)

    Args:
        org (str):
        id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[FallbackLLM]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    id: str,
    *,
    client: Client,
) -> FallbackLLM:
    """Get fallback LLM configuration

    Retrieve a specific fallback LLM configuration.

    ``GET /api/ai-account/orgs/{org}/fallback-llm/{id}/`` (operation ``ai_account_orgs_fallback_llm_retrieve``)

    Args:
        org (str):
        id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        FallbackLLM
    """

    return sync_detailed(
        org,
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    id: str,
    *,
    client: AsyncClient,
) -> Response[FallbackLLM]:
    """Get fallback LLM configuration

    Retrieve a specific fallback LLM configuration.

    ``GET /api/ai-account/orgs/{org}/fallback-llm/{id}/`` (operation ``ai_account_orgs_fallback_llm_retrieve``)

    Args:
        org (str):
        id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[FallbackLLM]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    id: str,
    *,
    client: AsyncClient,
) -> FallbackLLM:
    """Get fallback LLM configuration

    Retrieve a specific fallback LLM configuration.

    ``GET /api/ai-account/orgs/{org}/fallback-llm/{id}/`` (operation ``ai_account_orgs_fallback_llm_retrieve``)

    Args:
        org (str):
        id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        FallbackLLM
    """

    return (
        await asyncio_detailed(
            org,
            id,
            client=client,
        )
    ).unwrap()
