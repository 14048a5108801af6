from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_catalog_item_memory_view import UserCatalogItemMemoryView
from ...models.user_catalog_item_memory_view_request import UserCatalogItemMemoryViewRequest

OPERATION_ID = "ai_prompt_orgs_users_memory_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: UserCatalogItemMemoryView,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: UserCatalogItemMemoryViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/memory/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserCatalogItemMemoryView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = UserCatalogItemMemoryView.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UserCatalogItemMemoryViewRequest,
) -> Response[UserCatalogItemMemoryView]:
    """Create a new catalog item memory entry for a user.

    Args:
    request: The HTTP request containing the catalog item memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to create catalog item memory for.

    Returns:
    Response: The created catalog item memory entry.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/memory/`` (operation ``ai_prompt_orgs_users_memory_create``)

    Args:
        org (str):
        user_id (str):
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
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UserCatalogItemMemoryViewRequest,
) -> UserCatalogItemMemoryView:
    """Create a new catalog item memory entry for a user.

    Args:
    request: The HTTP request containing the catalog item memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to create catalog item memory for.

    Returns:
    Response: The created catalog item memory entry.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/memory/`` (operation ``ai_prompt_orgs_users_memory_create``)

    Args:
        org (str):
        user_id (str):
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
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: UserCatalogItemMemoryViewRequest,
) -> Response[UserCatalogItemMemoryView]:
    """Create a new catalog item memory entry for a user.

    Args:
    request: The HTTP request containing the catalog item memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to create catalog item memory for.

    Returns:
    Response: The created catalog item memory entry.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/memory/`` (operation ``ai_prompt_orgs_users_memory_create``)

    Args:
        org (str):
        user_id (str):
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
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: UserCatalogItemMemoryViewRequest,
) -> UserCatalogItemMemoryView:
    """Create a new catalog item memory entry for a user.

    Args:
    request: The HTTP request containing the catalog item memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to create catalog item memory for.

    Returns:
    Response: The created catalog item memory entry.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/memory/`` (operation ``ai_prompt_orgs_users_memory_create``)

    Args:
        org (str):
        user_id (str):
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
            body=body,
            client=client,
        )
    ).unwrap()
