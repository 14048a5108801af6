from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_catalog_item_memory_view import UserCatalogItemMemoryView
from ...models.user_catalog_item_memory_view_request import UserCatalogItemMemoryViewRequest

OPERATION_ID = "ai_prompt_orgs_users_memory_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserCatalogItemMemoryView,
}


def _get_kwargs(
    org: str,
    user_id: str,
    memory_id: int,
    *,
    body: UserCatalogItemMemoryViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            memory_id=quote(str(memory_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserCatalogItemMemoryView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserCatalogItemMemoryView.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    memory_id: int,
    *,
    client: Client,
    body: UserCatalogItemMemoryViewRequest,
) -> Response[UserCatalogItemMemoryView]:
    """Update a specific catalog item memory entry.

    Args:
    request: The HTTP request containing the updated catalog item memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the memory.
    memory_id: The ID of the specific memory entry to update.

    Returns:
    Response: The updated catalog item memory entry.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified memory entry does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_memory_update``)

    Args:
        org (str):
        user_id (str):
        memory_id (int):
        body (UserCatalogItemMemoryViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserCatalogItemMemoryView]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            memory_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    memory_id: int,
    *,
    client: Client,
    body: UserCatalogItemMemoryViewRequest,
) -> UserCatalogItemMemoryView:
    """Update a specific catalog item memory entry.

    Args:
    request: The HTTP request containing the updated catalog item memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the memory.
    memory_id: The ID of the specific memory entry to update.

    Returns:
    Response: The updated catalog item memory entry.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified memory entry does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_memory_update``)

    Args:
        org (str):
        user_id (str):
        memory_id (int):
        body (UserCatalogItemMemoryViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserCatalogItemMemoryView
    """

    return sync_detailed(
        org,
        user_id,
        memory_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    memory_id: int,
    *,
    client: AsyncClient,
    body: UserCatalogItemMemoryViewRequest,
) -> Response[UserCatalogItemMemoryView]:
    """Update a specific catalog item memory entry.

    Args:
    request: The HTTP request containing the updated catalog item memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the memory.
    memory_id: The ID of the specific memory entry to update.

    Returns:
    Response: The updated catalog item memory entry.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified memory entry does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_memory_update``)

    Args:
        org (str):
        user_id (str):
        memory_id (int):
        body (UserCatalogItemMemoryViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserCatalogItemMemoryView]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            memory_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    memory_id: int,
    *,
    client: AsyncClient,
    body: UserCatalogItemMemoryViewRequest,
) -> UserCatalogItemMemoryView:
    """Update a specific catalog item memory entry.

    Args:
    request: The HTTP request containing the updated catalog item memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the memory.
    memory_id: The ID of the specific memory entry to update.

    Returns:
    Response: The updated catalog item memory entry.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified memory entry does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_memory_update``)

    Args:
        org (str):
        user_id (str):
        memory_id (int):
        body (UserCatalogItemMemoryViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserCatalogItemMemoryView
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            memory_id,
            body=body,
            client=client,
        )
    ).unwrap()
