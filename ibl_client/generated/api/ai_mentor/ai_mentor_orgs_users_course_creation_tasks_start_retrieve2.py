from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_creation_task import CourseCreationTask

OPERATION_ID = "ai_mentor_orgs_users_course_creation_tasks_start_retrieve2"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseCreationTask,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/start/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseCreationTask | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseCreationTask.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Response[CourseCreationTask]:
    """Kick start the course creation task. This endpoint should be called once the files for a course
    creation task has been successfully uploaded.

    ** Conditions Required **: - The course creation task must be in a pending state or failed
    state.

    ** Response **: - 200: The course creation task is successfully started. - 400: The course
    creation task is not in a pending state.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/start/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_start_retrieve2``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseCreationTask]: status, headers, raw body and parsed model.
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
) -> CourseCreationTask:
    """Kick start the course creation task. This endpoint should be called once the files for a course
    creation task has been successfully uploaded.

    ** Conditions Required **: - The course creation task must be in a pending state or failed
    state.

    ** Response **: - 200: The course creation task is successfully started. - 400: The course
    creation task is not in a pending state.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/start/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_start_retrieve2``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseCreationTask
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
) -> Response[CourseCreationTask]:
    """Kick start the course creation task. This endpoint should be called once the files for a course
    creation task has been successfully uploaded.

    ** Conditions Required **: - The course creation task must be in a pending state or failed
    state.

    ** Response **: - 200: The course creation task is successfully started. - 400: The course
    creation task is not in a pending state.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/start/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_start_retrieve2``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseCreationTask]: status, headers, raw body and parsed model.
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
) -> CourseCreationTask:
    """Kick start the course creation task. This endpoint should be called once the files for a course
    creation task has been successfully uploaded.

    ** Conditions Required **: - The course creation task must be in a pending state or failed
    state.

    ** Response **: - 200: The course creation task is successfully started. - 400: The course
    creation task is not in a pending state.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/start/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_start_retrieve2``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseCreationTask
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
