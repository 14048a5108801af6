from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.disclaimer import Disclaimer

OPERATION_ID = "ai_mentor_orgs_users_disclaimers_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Disclaimer,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Disclaimer | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Disclaimer.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Response[Disclaimer]:
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

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/`` (operation ``ai_mentor_orgs_users_disclaimers_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Disclaimer]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Disclaimer:
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

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/`` (operation ``ai_mentor_orgs_users_disclaimers_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Disclaimer
    """

    return sync_detailed(
        org,
        user_id,
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> Response[Disclaimer]:
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

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/`` (operation ``ai_mentor_orgs_users_disclaimers_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Disclaimer]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> Disclaimer:
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

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/`` (operation ``ai_mentor_orgs_users_disclaimers_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Disclaimer
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
