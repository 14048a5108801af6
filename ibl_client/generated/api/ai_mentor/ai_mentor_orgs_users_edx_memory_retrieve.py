from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_edx_memory import UserEdxMemory

OPERATION_ID = "ai_mentor_orgs_users_edx_memory_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserEdxMemory,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/edx-memory/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UserEdxMemory | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserEdxMemory.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Response[UserEdxMemory]:
    """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
    corresponding edx course they have interracted with. This information is passed to the
    corresponding mentor so the mentor has context information about the course and unit that the
    user last interracted with.

    There can be only one UserEdxMemory instance per student and course_id.

    Url Args:
    org (str): The organization's platform key.
    user_id (str): The username

    identifier of the individual.

    Returns:
    200: A paginated list of UserEdxMemory objects

    Examples:
    - List all memories
    GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/
    Request:
    None
    Response:
    {
    "count": 0,
    "next": null,
    "previous": null,
    "results": [{
    "student": 1,
    "course_id": "course-v1:main+CARBON+2024_Fall",
    "data": {},
    "date_created": "2024-06-25T15:30:26.257140",
    "last_modified": "2024-06-25T15:30:26.257140"
    }]
    }
    - Get a single UserEdxMemory object
    GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/
    Request:
    None
    Response:
    {
    "student": 1,
    "course_id": "course-v1:main+CARBON+2024_Fall",
    "data": {},
    "date_created": "2024-06-25T15:30:26.257140",
    "last_modified": "2024-06-25T15:30:26.257140"
    }

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/edx-memory/{id}/`` (operation ``ai_mentor_orgs_users_edx_memory_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserEdxMemory]: status, headers, raw body and parsed model.
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
) -> UserEdxMemory:
    """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
    corresponding edx course they have interracted with. This information is passed to the
    corresponding mentor so the mentor has context information about the course and unit that the
    user last interracted with.

    There can be only one UserEdxMemory instance per student and course_id.

    Url Args:
    org (str): The organization's platform key.
    user_id (str): The username

    identifier of the individual.

    Returns:
    200: A paginated list of UserEdxMemory objects

    Examples:
    - List all memories
    GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/
    Request:
    None
    Response:
    {
    "count": 0,
    "next": null,
    "previous": null,
    "results": [{
    "student": 1,
    "course_id": "course-v1:main+CARBON+2024_Fall",
    "data": {},
    "date_created": "2024-06-25T15:30:26.257140",
    "last_modified": "2024-06-25T15:30:26.257140"
    }]
    }
    - Get a single UserEdxMemory object
    GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/
    Request:
    None
    Response:
    {
    "student": 1,
    "course_id": "course-v1:main+CARBON+2024_Fall",
    "data": {},
    "date_created": "2024-06-25T15:30:26.257140",
    "last_modified": "2024-06-25T15:30:26.257140"
    }

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/edx-memory/{id}/`` (operation ``ai_mentor_orgs_users_edx_memory_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserEdxMemory
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
) -> Response[UserEdxMemory]:
    """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
    corresponding edx course they have interracted with. This information is passed to the
    corresponding mentor so the mentor has context information about the course and unit that the
    user last interracted with.

    There can be only one UserEdxMemory instance per student and course_id.

    Url Args:
    org (str): The organization's platform key.
    user_id (str): The username

    identifier of the individual.

    Returns:
    200: A paginated list of UserEdxMemory objects

    Examples:
    - List all memories
    GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/
    Request:
    None
    Response:
    {
    "count": 0,
    "next": null,
    "previous": null,
    "results": [{
    "student": 1,
    "course_id": "course-v1:main+CARBON+2024_Fall",
    "data": {},
    "date_created": "2024-06-25T15:30:26.257140",
    "last_modified": "2024-06-25T15:30:26.257140"
    }]
    }
    - Get a single UserEdxMemory object
    GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/
    Request:
    None
    Response:
    {
    "student": 1,
    "course_id": "course-v1:main+CARBON+2024_Fall",
    "data": {},
    "date_created": "2024-06-25T15:30:26.257140",
    "last_modified": "2024-06-25T15:30:26.257140"
    }

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/edx-memory/{id}/`` (operation ``ai_mentor_orgs_users_edx_memory_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserEdxMemory]: status, headers, raw body and parsed model.
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
) -> UserEdxMemory:
    """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
    corresponding edx course they have interracted with. This information is passed to the
    corresponding mentor so the mentor has context information about the course and unit that the
    user last interracted with.

    There can be only one UserEdxMemory instance per student and course_id.

    Url Args:
    org (str): The organization's platform key.
    user_id (str): The username

    identifier of the individual.

    Returns:
    200: A paginated list of UserEdxMemory objects

    Examples:
    - List all memories
    GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/
    Request:
    None
    Response:
    {
    "count": 0,
    "next": null,
    "previous": null,
    "results": [{
    "student": 1,
    "course_id": "course-v1:main+CARBON+2024_Fall",
    "data": {},
    "date_created": "2024-06-25T15:30:26.257140",
    "last_modified": "2024-06-25T15:30:26.257140"
    }]
    }
    - Get a single UserEdxMemory object
    GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/
    Request:
    None
    Response:
    {
    "student": 1,
    "course_id": "course-v1:main+CARBON+2024_Fall",
    "data": {},
    "date_created": "2024-06-25T15:30:26.257140",
    "last_modified": "2024-06-25T15:30:26.257140"
    }

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/edx-memory/{id}/`` (operation ``ai_mentor_orgs_users_edx_memory_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserEdxMemory
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
