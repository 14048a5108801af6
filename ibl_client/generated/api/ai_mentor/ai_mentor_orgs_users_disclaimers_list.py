from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_users_disclaimers_list_scope import (
    AiMentorOrgsUsersDisclaimersListScope,
)
from ...models.paginated_disclaimer_list import PaginatedDisclaimerList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_disclaimers_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedDisclaimerList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    active: bool | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    scope: AiMentorOrgsUsersDisclaimersListScope | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    json_mentor_id: str | Unset = UNSET
    if not isinstance(mentor_id, Unset):
        json_mentor_id = str(mentor_id)
    params["mentor_id"] = json_mentor_id

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope

    params["scope"] = json_scope

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedDisclaimerList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedDisclaimerList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    active: bool | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    scope: AiMentorOrgsUsersDisclaimersListScope | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedDisclaimerList]:
    """ViewSet for managing mentor disclaimers.

    This viewset provides endpoints for creating and managing mentor disclaimers, which are
    statements or information that mentors need to share with students.

    Permissions:
    - Platform administrators have full CRUD access
    - Students have read-only access
    - Unauthenticated users have no access

    Endpoints:
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer
    - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from
    disclaimer

    Query Parameters:
    - Supports filtering via DjangoFilterBackend
    - See DisclaimerFilterSet for available filters

    Returns:
    List endpoint returns paginated results with disclaimer objects:
    ```
    {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "title": str,
    "content": str,
    "mentor": str,
    "platform": str,
    "created_at": datetime,
    "updated_at": datetime
    },
    ...
    ]
    }
    ```
    Detail endpoints return a single disclaimer object with the same structure

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/`` (operation ``ai_mentor_orgs_users_disclaimers_list``)

    Args:
        org (str):
        user_id (str):
        active (bool | Unset):
        mentor_id (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        scope (AiMentorOrgsUsersDisclaimersListScope | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedDisclaimerList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            active=active,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            scope=scope,
            search=search,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    active: bool | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    scope: AiMentorOrgsUsersDisclaimersListScope | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedDisclaimerList:
    """ViewSet for managing mentor disclaimers.

    This viewset provides endpoints for creating and managing mentor disclaimers, which are
    statements or information that mentors need to share with students.

    Permissions:
    - Platform administrators have full CRUD access
    - Students have read-only access
    - Unauthenticated users have no access

    Endpoints:
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer
    - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from
    disclaimer

    Query Parameters:
    - Supports filtering via DjangoFilterBackend
    - See DisclaimerFilterSet for available filters

    Returns:
    List endpoint returns paginated results with disclaimer objects:
    ```
    {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "title": str,
    "content": str,
    "mentor": str,
    "platform": str,
    "created_at": datetime,
    "updated_at": datetime
    },
    ...
    ]
    }
    ```
    Detail endpoints return a single disclaimer object with the same structure

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/`` (operation ``ai_mentor_orgs_users_disclaimers_list``)

    Args:
        org (str):
        user_id (str):
        active (bool | Unset):
        mentor_id (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        scope (AiMentorOrgsUsersDisclaimersListScope | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedDisclaimerList
    """

    return sync_detailed(
        org,
        user_id,
        active=active,
        mentor_id=mentor_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        scope=scope,
        search=search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    scope: AiMentorOrgsUsersDisclaimersListScope | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedDisclaimerList]:
    """ViewSet for managing mentor disclaimers.

    This viewset provides endpoints for creating and managing mentor disclaimers, which are
    statements or information that mentors need to share with students.

    Permissions:
    - Platform administrators have full CRUD access
    - Students have read-only access
    - Unauthenticated users have no access

    Endpoints:
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer
    - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from
    disclaimer

    Query Parameters:
    - Supports filtering via DjangoFilterBackend
    - See DisclaimerFilterSet for available filters

    Returns:
    List endpoint returns paginated results with disclaimer objects:
    ```
    {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "title": str,
    "content": str,
    "mentor": str,
    "platform": str,
    "created_at": datetime,
    "updated_at": datetime
    },
    ...
    ]
    }
    ```
    Detail endpoints return a single disclaimer object with the same structure

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/`` (operation ``ai_mentor_orgs_users_disclaimers_list``)

    Args:
        org (str):
        user_id (str):
        active (bool | Unset):
        mentor_id (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        scope (AiMentorOrgsUsersDisclaimersListScope | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedDisclaimerList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            active=active,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            scope=scope,
            search=search,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    scope: AiMentorOrgsUsersDisclaimersListScope | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedDisclaimerList:
    """ViewSet for managing mentor disclaimers.

    This viewset provides endpoints for creating and managing mentor disclaimers, which are
    statements or information that mentors need to share with students.

    Permissions:
    - Platform administrators have full CRUD access
    - Students have read-only access
    - Unauthenticated users have no access

    Endpoints:
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer
    - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from
    disclaimer

    Query Parameters:
    - Supports filtering via DjangoFilterBackend
    - See DisclaimerFilterSet for available filters

    Returns:
    List endpoint returns paginated results with disclaimer objects:
    ```
    {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "title": str,
    "content": str,
    "mentor": str,
    "platform": str,
    "created_at": datetime,
    "updated_at": datetime
    },
    ...
    ]
    }
    ```
    Detail endpoints return a single disclaimer object with the same structure

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/`` (operation ``ai_mentor_orgs_users_disclaimers_list``)

    Args:
        org (str):
        user_id (str):
        active (bool | Unset):
        mentor_id (UUID | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        scope (AiMentorOrgsUsersDisclaimersListScope | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedDisclaimerList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            active=active,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            scope=scope,
            search=search,
            client=client,
        )
    ).unwrap()
