from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_prompt import PlatformPrompt
from ...models.platform_prompt_response import PlatformPromptResponse
from ...types import UNSET, Unset

OPERATION_ID = "create_platform_prompt2"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: PlatformPromptResponse,
}


def _get_kwargs(
    *,
    body: PlatformPrompt | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-search/recommendation/prompts/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformPromptResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = PlatformPromptResponse.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformPrompt | Unset = UNSET,
) -> Response[PlatformPromptResponse]:
    """Create a new recommendation prompt

    Create a new recommendation prompt for a platform and SPA.

    ``POST /api/ai-search/recommendation/prompts/`` (operation ``create_platform_prompt2``)

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
    )


def sync(
    *,
    client: Client,
    body: PlatformPrompt | Unset = UNSET,
) -> PlatformPromptResponse:
    """Create a new recommendation prompt

    Create a new recommendation prompt for a platform and SPA.

    ``POST /api/ai-search/recommendation/prompts/`` (operation ``create_platform_prompt2``)

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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformPrompt | Unset = UNSET,
) -> Response[PlatformPromptResponse]:
    """Create a new recommendation prompt

    Create a new recommendation prompt for a platform and SPA.

    ``POST /api/ai-search/recommendation/prompts/`` (operation ``create_platform_prompt2``)

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
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: PlatformPrompt | Unset = UNSET,
) -> PlatformPromptResponse:
    """Create a new recommendation prompt

    Create a new recommendation prompt for a platform and SPA.

    ``POST /api/ai-search/recommendation/prompts/`` (operation ``create_platform_prompt2``)

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
            client=client,
        )
    ).unwrap()
