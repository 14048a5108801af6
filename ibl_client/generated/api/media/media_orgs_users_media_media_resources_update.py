from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.media_resource_request import MediaResourceRequest
from ...types import UNSET, Unset

OPERATION_ID = "media_orgs_users_media_media_resources_update"


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: MediaResourceRequest,
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["item_id"] = item_id

    params["search"] = search

    params["unit_id"] = unit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: MediaResourceRequest,
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> Response[Any]:
    """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
    across multiple fields.

    ``PUT /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_update``)

    Args:
        org (str): Organization identifier
        user_id (str): User identifier
        id (int): A unique integer value identifying this Media Resource.
        course_id (str | Unset): Filter by course ID (e.g., course-v1:main+NB101+2025-T1)
        item_id (str | Unset): Filter by item ID
        search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
            file_url
        unit_id (str | Unset): Filter by unit ID (e.g.,
            block-v1:main+NB101+2025-T1+type@vertical+block@12345)
        body (MediaResourceRequest):

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
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: MediaResourceRequest,
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> Any:
    """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
    across multiple fields.

    ``PUT /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_update``)

    Args:
        org (str): Organization identifier
        user_id (str): User identifier
        id (int): A unique integer value identifying this Media Resource.
        course_id (str | Unset): Filter by course ID (e.g., course-v1:main+NB101+2025-T1)
        item_id (str | Unset): Filter by item ID
        search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
            file_url
        unit_id (str | Unset): Filter by unit ID (e.g.,
            block-v1:main+NB101+2025-T1+type@vertical+block@12345)
        body (MediaResourceRequest):

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
        id,
        body=body,
        course_id=course_id,
        item_id=item_id,
        search=search,
        unit_id=unit_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: MediaResourceRequest,
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> Response[Any]:
    """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
    across multiple fields.

    ``PUT /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_update``)

    Args:
        org (str): Organization identifier
        user_id (str): User identifier
        id (int): A unique integer value identifying this Media Resource.
        course_id (str | Unset): Filter by course ID (e.g., course-v1:main+NB101+2025-T1)
        item_id (str | Unset): Filter by item ID
        search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
            file_url
        unit_id (str | Unset): Filter by unit ID (e.g.,
            block-v1:main+NB101+2025-T1+type@vertical+block@12345)
        body (MediaResourceRequest):

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
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: MediaResourceRequest,
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> Any:
    """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
    across multiple fields.

    ``PUT /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_update``)

    Args:
        org (str): Organization identifier
        user_id (str): User identifier
        id (int): A unique integer value identifying this Media Resource.
        course_id (str | Unset): Filter by course ID (e.g., course-v1:main+NB101+2025-T1)
        item_id (str | Unset): Filter by item ID
        search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
            file_url
        unit_id (str | Unset): Filter by unit ID (e.g.,
            block-v1:main+NB101+2025-T1+type@vertical+block@12345)
        body (MediaResourceRequest):

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
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=client,
        )
    ).unwrap()
