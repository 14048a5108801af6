from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.prompt import Prompt
from ...types import UNSET, Unset

OPERATION_ID = "ai_prompt_orgs_users_prompt_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Prompt,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    category: int | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    mentor_unique_id: str | Unset = UNSET,
    tag: int | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params["created_by"] = created_by

    params["filter_by"] = filter_by

    params["mentor_unique_id"] = mentor_unique_id

    params["tag"] = tag

    params["visibility"] = visibility

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Prompt | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Prompt.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    category: int | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    mentor_unique_id: str | Unset = UNSET,
    tag: int | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Response[Prompt]:
    """API viewset for managing prompts.

    This view allows tenant admins and students to create, retrieve, update, and filter prompts
    based on various parameters.

    Permissions:
    - Accessible to both tenant administrators and students

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/`` (operation ``ai_prompt_orgs_users_prompt_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):
        category (int | Unset):
        created_by (str | Unset):
        filter_by (str | Unset):
        mentor_unique_id (str | Unset):
        tag (int | Unset):
        visibility (str | Unset):

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
            id,
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
    id: int,
    *,
    client: Client,
    category: int | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    mentor_unique_id: str | Unset = UNSET,
    tag: int | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Prompt:
    """API viewset for managing prompts.

    This view allows tenant admins and students to create, retrieve, update, and filter prompts
    based on various parameters.

    Permissions:
    - Accessible to both tenant administrators and students

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/`` (operation ``ai_prompt_orgs_users_prompt_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):
        category (int | Unset):
        created_by (str | Unset):
        filter_by (str | Unset):
        mentor_unique_id (str | Unset):
        tag (int | Unset):
        visibility (str | Unset):

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
        id,
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
    id: int,
    *,
    client: AsyncClient,
    category: int | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    mentor_unique_id: str | Unset = UNSET,
    tag: int | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Response[Prompt]:
    """API viewset for managing prompts.

    This view allows tenant admins and students to create, retrieve, update, and filter prompts
    based on various parameters.

    Permissions:
    - Accessible to both tenant administrators and students

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/`` (operation ``ai_prompt_orgs_users_prompt_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):
        category (int | Unset):
        created_by (str | Unset):
        filter_by (str | Unset):
        mentor_unique_id (str | Unset):
        tag (int | Unset):
        visibility (str | Unset):

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
            id,
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
    id: int,
    *,
    client: AsyncClient,
    category: int | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    mentor_unique_id: str | Unset = UNSET,
    tag: int | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> Prompt:
    """API viewset for managing prompts.

    This view allows tenant admins and students to create, retrieve, update, and filter prompts
    based on various parameters.

    Permissions:
    - Accessible to both tenant administrators and students

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/`` (operation ``ai_prompt_orgs_users_prompt_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):
        category (int | Unset):
        created_by (str | Unset):
        filter_by (str | Unset):
        mentor_unique_id (str | Unset):
        tag (int | Unset):
        visibility (str | Unset):

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
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=client,
        )
    ).unwrap()
