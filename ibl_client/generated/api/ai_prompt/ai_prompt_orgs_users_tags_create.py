from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.tags_view import TagsView
from ...models.tags_view_request import TagsViewRequest

OPERATION_ID = "ai_prompt_orgs_users_tags_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: TagsView,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: TagsViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/tags/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TagsView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = TagsView.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: TagsViewRequest,
) -> Response[TagsView]:
    """Endpoint for Adding prompt tag.

    Accessible to tenant admins and students.

    Returns:
    201: tag Object.
    400: When data is not valid.
    Example:
    POST: /api/ai-prompt/orgs/main/users/johndoe/tags/
    Request:
    Response:
    {
    "name": "Programming",
    "description": "tags for programing prompts"
    }
    Response:
    {
    "id": 1,
    "name": "Programming",
    "description": "tags for programing prompts"
    }

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/tags/`` (operation ``ai_prompt_orgs_users_tags_create``)

    Args:
        org (str):
        user_id (str):
        body (TagsViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TagsView]: status, headers, raw body and parsed model.
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
    body: TagsViewRequest,
) -> TagsView:
    """Endpoint for Adding prompt tag.

    Accessible to tenant admins and students.

    Returns:
    201: tag Object.
    400: When data is not valid.
    Example:
    POST: /api/ai-prompt/orgs/main/users/johndoe/tags/
    Request:
    Response:
    {
    "name": "Programming",
    "description": "tags for programing prompts"
    }
    Response:
    {
    "id": 1,
    "name": "Programming",
    "description": "tags for programing prompts"
    }

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/tags/`` (operation ``ai_prompt_orgs_users_tags_create``)

    Args:
        org (str):
        user_id (str):
        body (TagsViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TagsView
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
    body: TagsViewRequest,
) -> Response[TagsView]:
    """Endpoint for Adding prompt tag.

    Accessible to tenant admins and students.

    Returns:
    201: tag Object.
    400: When data is not valid.
    Example:
    POST: /api/ai-prompt/orgs/main/users/johndoe/tags/
    Request:
    Response:
    {
    "name": "Programming",
    "description": "tags for programing prompts"
    }
    Response:
    {
    "id": 1,
    "name": "Programming",
    "description": "tags for programing prompts"
    }

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/tags/`` (operation ``ai_prompt_orgs_users_tags_create``)

    Args:
        org (str):
        user_id (str):
        body (TagsViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TagsView]: status, headers, raw body and parsed model.
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
    body: TagsViewRequest,
) -> TagsView:
    """Endpoint for Adding prompt tag.

    Accessible to tenant admins and students.

    Returns:
    201: tag Object.
    400: When data is not valid.
    Example:
    POST: /api/ai-prompt/orgs/main/users/johndoe/tags/
    Request:
    Response:
    {
    "name": "Programming",
    "description": "tags for programing prompts"
    }
    Response:
    {
    "id": 1,
    "name": "Programming",
    "description": "tags for programing prompts"
    }

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/tags/`` (operation ``ai_prompt_orgs_users_tags_create``)

    Args:
        org (str):
        user_id (str):
        body (TagsViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TagsView
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
