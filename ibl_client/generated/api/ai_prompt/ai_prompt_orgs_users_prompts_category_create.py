from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.prompt_category import PromptCategory
from ...models.prompt_category_request import PromptCategoryRequest

OPERATION_ID = "ai_prompt_orgs_users_prompts_category_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: PromptCategory,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: PromptCategoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PromptCategory | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = PromptCategory.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: PromptCategoryRequest,
) -> Response[PromptCategory]:
    """Create a new prompt category.

    Args:
    request: The HTTP request containing category information.
    org: Organization key identifier.
    user_id: User performing the request.

    Returns:
    - 201: Created prompt category.
    - 401: If the user is not a tenant admin.
    - 400: If request data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/`` (operation ``ai_prompt_orgs_users_prompts_category_create``)

    Args:
        org (str):
        user_id (str):
        body (PromptCategoryRequest):

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
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: PromptCategoryRequest,
) -> PromptCategory:
    """Create a new prompt category.

    Args:
    request: The HTTP request containing category information.
    org: Organization key identifier.
    user_id: User performing the request.

    Returns:
    - 201: Created prompt category.
    - 401: If the user is not a tenant admin.
    - 400: If request data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/`` (operation ``ai_prompt_orgs_users_prompts_category_create``)

    Args:
        org (str):
        user_id (str):
        body (PromptCategoryRequest):

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
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: PromptCategoryRequest,
) -> Response[PromptCategory]:
    """Create a new prompt category.

    Args:
    request: The HTTP request containing category information.
    org: Organization key identifier.
    user_id: User performing the request.

    Returns:
    - 201: Created prompt category.
    - 401: If the user is not a tenant admin.
    - 400: If request data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/`` (operation ``ai_prompt_orgs_users_prompts_category_create``)

    Args:
        org (str):
        user_id (str):
        body (PromptCategoryRequest):

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
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: PromptCategoryRequest,
) -> PromptCategory:
    """Create a new prompt category.

    Args:
    request: The HTTP request containing category information.
    org: Organization key identifier.
    user_id: User performing the request.

    Returns:
    - 201: Created prompt category.
    - 401: If the user is not a tenant admin.
    - 400: If request data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/`` (operation ``ai_prompt_orgs_users_prompts_category_create``)

    Args:
        org (str):
        user_id (str):
        body (PromptCategoryRequest):

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
            body=body,
            client=client,
        )
    ).unwrap()
