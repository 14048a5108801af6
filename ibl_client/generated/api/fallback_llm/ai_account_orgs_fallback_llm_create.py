from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.fallback_llm import FallbackLLM
from ...models.fallback_llm_create import FallbackLLMCreate

OPERATION_ID = "ai_account_orgs_fallback_llm_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: FallbackLLM,
}


def _get_kwargs(
    org: str,
    *,
    body: FallbackLLMCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-account/orgs/{org}/fallback-llm/".format(
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FallbackLLM | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = FallbackLLM.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: FallbackLLMCreate,
) -> Response[FallbackLLM]:
    """Create fallback LLM configuration

    Create a new fallback LLM configuration.
    - For model scope: specify source_model_name
    - For provider scope: only source_provider_name is needed
    - Leave tenant_key empty for global configuration

    ``POST /api/ai-account/orgs/{org}/fallback-llm/`` (operation ``ai_account_orgs_fallback_llm_create``)

    Args:
        org (str):
        body (FallbackLLMCreate): Serializer for creating FallbackLLM configuration.

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
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: FallbackLLMCreate,
) -> FallbackLLM:
    """Create fallback LLM configuration

    Create a new fallback LLM configuration.
    - For model scope: specify source_model_name
    - For provider scope: only source_provider_name is needed
    - Leave tenant_key empty for global configuration

    ``POST /api/ai-account/orgs/{org}/fallback-llm/`` (operation ``ai_account_orgs_fallback_llm_create``)

    Args:
        org (str):
        body (FallbackLLMCreate): Serializer for creating FallbackLLM configuration.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        FallbackLLM
    """

    return sync_detailed(
        org,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: FallbackLLMCreate,
) -> Response[FallbackLLM]:
    """Create fallback LLM configuration

    Create a new fallback LLM configuration.
    - For model scope: specify source_model_name
    - For provider scope: only source_provider_name is needed
    - Leave tenant_key empty for global configuration

    ``POST /api/ai-account/orgs/{org}/fallback-llm/`` (operation ``ai_account_orgs_fallback_llm_create``)

    Args:
        org (str):
        body (FallbackLLMCreate): Serializer for creating FallbackLLM configuration.

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
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: FallbackLLMCreate,
) -> FallbackLLM:
    """Create fallback LLM configuration

    Create a new fallback LLM configuration.
    - For model scope: specify source_model_name
    - For provider scope: only source_provider_name is needed
    - Leave tenant_key empty for global configuration

    ``POST /api/ai-account/orgs/{org}/fallback-llm/`` (operation ``ai_account_orgs_fallback_llm_create``)

    Args:
        org (str):
        body (FallbackLLMCreate): Serializer for creating FallbackLLM configuration.

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
            body=body,
            client=client,
        )
    ).unwrap()
