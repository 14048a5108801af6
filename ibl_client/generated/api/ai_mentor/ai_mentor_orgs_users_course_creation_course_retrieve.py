from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.edx_course import EdxCourse

OPERATION_ID = "ai_mentor_orgs_users_course_creation_course_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: EdxCourse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> EdxCourse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = EdxCourse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Response[EdxCourse]:
    """API viewset for managing EdX courses.

    This viewset allows platform administrators to retrieve, delete, and perform various operations
    on EdX courses that were created through course creation tasks.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_course_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[EdxCourse]: status, headers, raw body and parsed model.
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
) -> EdxCourse:
    """API viewset for managing EdX courses.

    This viewset allows platform administrators to retrieve, delete, and perform various operations
    on EdX courses that were created through course creation tasks.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_course_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        EdxCourse
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
) -> Response[EdxCourse]:
    """API viewset for managing EdX courses.

    This viewset allows platform administrators to retrieve, delete, and perform various operations
    on EdX courses that were created through course creation tasks.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_course_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[EdxCourse]: status, headers, raw body and parsed model.
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
) -> EdxCourse:
    """API viewset for managing EdX courses.

    This viewset allows platform administrators to retrieve, delete, and perform various operations
    on EdX courses that were created through course creation tasks.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_course_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        EdxCourse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
