from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.platform_prompt import PlatformPrompt
from ...models.platform_prompt_response import PlatformPromptResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "create_platform_prompt"


def _get_kwargs(
    *,
    body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-search/prompts/",
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, PlatformPrompt, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformPromptResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = nested("response_201", PlatformPromptResponse, response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PlatformPromptResponse]:
    """Create a new recommendation prompt

    Create a new recommendation prompt for a platform and SPA.

    ``POST /api/ai-search/prompts/`` (operation ``create_platform_prompt``)

    Args:
        body (PlatformPrompt | Unset): Serializer for platform recommendation prompt management.

            Used by instructors/admins to configure tenant-specific prompts for different SPAs. A
            platform can have multiple prompts (one per SPA/frontend).

            Note: spa_url will be automatically normalized (protocol stripped, lowercase) during
            validation.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformPromptResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PlatformPromptResponse:
    """Create a new recommendation prompt

    Create a new recommendation prompt for a platform and SPA.

    ``POST /api/ai-search/prompts/`` (operation ``create_platform_prompt``)

    Args:
        body (PlatformPrompt | Unset): Serializer for platform recommendation prompt management.

            Used by instructors/admins to configure tenant-specific prompts for different SPAs. A
            platform can have multiple prompts (one per SPA/frontend).

            Note: spa_url will be automatically normalized (protocol stripped, lowercase) during
            validation.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformPromptResponse
    """

    return sync_detailed(
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PlatformPromptResponse]:
    """Create a new recommendation prompt

    Create a new recommendation prompt for a platform and SPA.

    ``POST /api/ai-search/prompts/`` (operation ``create_platform_prompt``)

    Args:
        body (PlatformPrompt | Unset): Serializer for platform recommendation prompt management.

            Used by instructors/admins to configure tenant-specific prompts for different SPAs. A
            platform can have multiple prompts (one per SPA/frontend).

            Note: spa_url will be automatically normalized (protocol stripped, lowercase) during
            validation.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformPromptResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PlatformPromptResponse:
    """Create a new recommendation prompt

    Create a new recommendation prompt for a platform and SPA.

    ``POST /api/ai-search/prompts/`` (operation ``create_platform_prompt``)

    Args:
        body (PlatformPrompt | Unset): Serializer for platform recommendation prompt management.

            Used by instructors/admins to configure tenant-specific prompts for different SPAs. A
            platform can have multiple prompts (one per SPA/frontend).

            Note: spa_url will be automatically normalized (protocol stripped, lowercase) during
            validation.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformPromptResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
