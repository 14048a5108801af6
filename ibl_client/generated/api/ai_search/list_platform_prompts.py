from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_prompt_response import PlatformPromptResponse

OPERATION_ID = "list_platform_prompts"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[PlatformPromptResponse],
}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-search/prompts/",
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[PlatformPromptResponse] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PlatformPromptResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
) -> Response[list[PlatformPromptResponse]]:
    """List recommendation prompts for a platform

    Get all recommendation prompts for a specific platform. Optionally filter by SPA URL or
    recommendation type.

    ``GET /api/ai-search/prompts/`` (operation ``list_platform_prompts``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[PlatformPromptResponse]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
    )


def sync(
    *,
    client: Client,
) -> list[PlatformPromptResponse]:
    """List recommendation prompts for a platform

    Get all recommendation prompts for a specific platform. Optionally filter by SPA URL or
    recommendation type.

    ``GET /api/ai-search/prompts/`` (operation ``list_platform_prompts``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[PlatformPromptResponse]
    """

    return sync_detailed(
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[list[PlatformPromptResponse]]:
    """List recommendation prompts for a platform

    Get all recommendation prompts for a specific platform. Optionally filter by SPA URL or
    recommendation type.

    ``GET /api/ai-search/prompts/`` (operation ``list_platform_prompts``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[PlatformPromptResponse]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
) -> list[PlatformPromptResponse]:
    """List recommendation prompts for a platform

    Get all recommendation prompts for a specific platform. Optionally filter by SPA URL or
    recommendation type.

    ``GET /api/ai-search/prompts/`` (operation ``list_platform_prompts``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[PlatformPromptResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).unwrap()
