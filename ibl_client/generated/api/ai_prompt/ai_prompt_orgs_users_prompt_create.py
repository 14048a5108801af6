from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.prompt import Prompt
from ...models.prompt_request import PromptRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_prompt_orgs_users_prompt_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: Prompt,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: PromptRequest,
    category: int | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    mentor_unique_id: str | Unset = UNSET,
    tag: int | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["category"] = category

    params["created_by"] = created_by

    params["filter_by"] = filter_by

    params["mentor_unique_id"] = mentor_unique_id

    params["tag"] = tag

    params["visibility"] = visibility

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/prompt/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Prompt | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = Prompt.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: PromptRequest,
    category: int | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    mentor_unique_id: str | Unset = UNSET,
    tag: int | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Response[Prompt]:
    """Create a new prompt.

    Args:
    request: HTTP request containing prompt data.

    Returns:
    Response with created prompt details.

    Raises:
    ValidationError: If the input data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/`` (operation ``ai_prompt_orgs_users_prompt_create``)

    Args:
        org (str):
        user_id (str):
        category (int | Unset):
        created_by (str | Unset):
        filter_by (str | Unset):
        mentor_unique_id (str | Unset):
        tag (int | Unset):
        visibility (str | Unset):
        body (PromptRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Prompt]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: PromptRequest,
    category: int | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    mentor_unique_id: str | Unset = UNSET,
    tag: int | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Prompt:
    """Create a new prompt.

    Args:
    request: HTTP request containing prompt data.

    Returns:
    Response with created prompt details.

    Raises:
    ValidationError: If the input data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/`` (operation ``ai_prompt_orgs_users_prompt_create``)

    Args:
        org (str):
        user_id (str):
        category (int | Unset):
        created_by (str | Unset):
        filter_by (str | Unset):
        mentor_unique_id (str | Unset):
        tag (int | Unset):
        visibility (str | Unset):
        body (PromptRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Prompt
    """

    return sync_detailed(
        org,
        user_id,
        body=body,
        category=category,
        created_by=created_by,
        filter_by=filter_by,
        mentor_unique_id=mentor_unique_id,
        tag=tag,
        visibility=visibility,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: PromptRequest,
    category: int | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    mentor_unique_id: str | Unset = UNSET,
    tag: int | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Response[Prompt]:
    """Create a new prompt.

    Args:
    request: HTTP request containing prompt data.

    Returns:
    Response with created prompt details.

    Raises:
    ValidationError: If the input data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/`` (operation ``ai_prompt_orgs_users_prompt_create``)

    Args:
        org (str):
        user_id (str):
        category (int | Unset):
        created_by (str | Unset):
        filter_by (str | Unset):
        mentor_unique_id (str | Unset):
        tag (int | Unset):
        visibility (str | Unset):
        body (PromptRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Prompt]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: PromptRequest,
    category: int | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    mentor_unique_id: str | Unset = UNSET,
    tag: int | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Prompt:
    """Create a new prompt.

    Args:
    request: HTTP request containing prompt data.

    Returns:
    Response with created prompt details.

    Raises:
    ValidationError: If the input data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/`` (operation ``ai_prompt_orgs_users_prompt_create``)

    Args:
        org (str):
        user_id (str):
        category (int | Unset):
        created_by (str | Unset):
        filter_by (str | Unset):
        mentor_unique_id (str | Unset):
        tag (int | Unset):
        visibility (str | Unset):
        body (PromptRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Prompt
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=client,
        )
    ).unwrap()
