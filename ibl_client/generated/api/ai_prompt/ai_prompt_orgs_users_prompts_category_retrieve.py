from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.prompt_category import PromptCategory
from ...types import UNSET, Unset

OPERATION_ID = "ai_prompt_orgs_users_prompts_category_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PromptCategory,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    filter_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter_by"] = filter_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PromptCategory | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PromptCategory.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    filter_by: str | Unset = UNSET,
) -> Response[PromptCategory]:
    """Retrieve a list of prompt categories.

    Query Parameters:
    - filter_by (optional): Sorts categories by name if set to "name".

    Args:
    request: The HTTP request.
    org: Organization key identifier.

    Returns:
    - 200: List of prompt categories.
    - 400: If query parameters are invalid.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/`` (operation ``ai_prompt_orgs_users_prompts_category_retrieve``)

    Args:
        org (str):
        user_id (str):
        filter_by (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PromptCategory]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            filter_by=filter_by,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    filter_by: str | Unset = UNSET,
) -> PromptCategory:
    """Retrieve a list of prompt categories.

    Query Parameters:
    - filter_by (optional): Sorts categories by name if set to "name".

    Args:
    request: The HTTP request.
    org: Organization key identifier.

    Returns:
    - 200: List of prompt categories.
    - 400: If query parameters are invalid.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/`` (operation ``ai_prompt_orgs_users_prompts_category_retrieve``)

    Args:
        org (str):
        user_id (str):
        filter_by (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PromptCategory
    """

    return sync_detailed(
        org,
        user_id,
        filter_by=filter_by,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    filter_by: str | Unset = UNSET,
) -> Response[PromptCategory]:
    """Retrieve a list of prompt categories.

    Query Parameters:
    - filter_by (optional): Sorts categories by name if set to "name".

    Args:
    request: The HTTP request.
    org: Organization key identifier.

    Returns:
    - 200: List of prompt categories.
    - 400: If query parameters are invalid.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/`` (operation ``ai_prompt_orgs_users_prompts_category_retrieve``)

    Args:
        org (str):
        user_id (str):
        filter_by (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PromptCategory]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            filter_by=filter_by,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    filter_by: str | Unset = UNSET,
) -> PromptCategory:
    """Retrieve a list of prompt categories.

    Query Parameters:
    - filter_by (optional): Sorts categories by name if set to "name".

    Args:
    request: The HTTP request.
    org: Organization key identifier.

    Returns:
    - 200: List of prompt categories.
    - 400: If query parameters are invalid.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/`` (operation ``ai_prompt_orgs_users_prompts_category_retrieve``)

    Args:
        org (str):
        user_id (str):
        filter_by (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PromptCategory
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            filter_by=filter_by,
            client=client,
        )
    ).unwrap()
