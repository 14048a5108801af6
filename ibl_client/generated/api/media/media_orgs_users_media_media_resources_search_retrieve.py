from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Unset

OPERATION_ID = "media_orgs_users_media_media_resources_search_retrieve"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    q: str,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["item_id"] = item_id

    params["q"] = q

    params["search"] = search

    params["unit_id"] = unit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/media/orgs/{org}/users/{user_id}/media/media-resources/search/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    q: str,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> Response[Any]:
    """Search media resources by title, description, or IDs. Supports filtering results by course_id,
    unit_id, and item_id.

    ``GET /api/media/orgs/{org}/users/{user_id}/media/media-resources/search/`` (operation ``media_orgs_users_media_media_resources_search_retrieve``)

    Args:
        org (str): Organization identifier
        user_id (str): User identifier
        course_id (str | Unset): Filter results by course ID
        item_id (str | Unset): Filter results by item ID
        q (str): Search query string
        search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
            file_url
        unit_id (str | Unset): Filter results by unit ID

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            q=q,
            search=search,
            unit_id=unit_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    q: str,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> Any:
    """Search media resources by title, description, or IDs. Supports filtering results by course_id,
    unit_id, and item_id.

    ``GET /api/media/orgs/{org}/users/{user_id}/media/media-resources/search/`` (operation ``media_orgs_users_media_media_resources_search_retrieve``)

    Args:
        org (str): Organization identifier
        user_id (str): User identifier
        course_id (str | Unset): Filter results by course ID
        item_id (str | Unset): Filter results by item ID
        q (str): Search query string
        search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
            file_url
        unit_id (str | Unset): Filter results by unit ID

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        org,
        user_id,
        course_id=course_id,
        item_id=item_id,
        q=q,
        search=search,
        unit_id=unit_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    q: str,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> Response[Any]:
    """Search media resources by title, description, or IDs. Supports filtering results by course_id,
    unit_id, and item_id.

    ``GET /api/media/orgs/{org}/users/{user_id}/media/media-resources/search/`` (operation ``media_orgs_users_media_media_resources_search_retrieve``)

    Args:
        org (str): Organization identifier
        user_id (str): User identifier
        course_id (str | Unset): Filter results by course ID
        item_id (str | Unset): Filter results by item ID
        q (str): Search query string
        search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
            file_url
        unit_id (str | Unset): Filter results by unit ID

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            q=q,
            search=search,
            unit_id=unit_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    q: str,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> Any:
    """Search media resources by title, description, or IDs. Supports filtering results by course_id,
    unit_id, and item_id.

    ``GET /api/media/orgs/{org}/users/{user_id}/media/media-resources/search/`` (operation ``media_orgs_users_media_media_resources_search_retrieve``)

    Args:
        org (str): Organization identifier
        user_id (str): User identifier
        course_id (str | Unset): Filter results by course ID
        item_id (str | Unset): Filter results by item ID
        q (str): Search query string
        search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
            file_url
        unit_id (str | Unset): Filter results by unit ID

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            q=q,
            search=search,
            unit_id=unit_id,
            client=client,
        )
    ).unwrap()
