from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_creation_task import CourseCreationTask

OPERATION_ID = "ai_mentor_orgs_users_course_creation_tasks_retrieve"

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
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/".format(
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
    """Create, retrieve and delete course creation tasks

    Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
    connected to this data manager.

    The course is created entirely by an ai model (as specified in your inputs).

    The llm decides on the content of the course based on the name, description, target audience and
    other parameters. Bigger and newer models tend to outperform smaller once.

    Clear and unambiguous parameters are more likely to produce better results.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_retrieve``)

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
    """Create, retrieve and delete course creation tasks

    Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
    connected to this data manager.

    The course is created entirely by an ai model (as specified in your inputs).

    The llm decides on the content of the course based on the name, description, target audience and
    other parameters. Bigger and newer models tend to outperform smaller once.

    Clear and unambiguous parameters are more likely to produce better results.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_retrieve``)

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
    """Create, retrieve and delete course creation tasks

    Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
    connected to this data manager.

    The course is created entirely by an ai model (as specified in your inputs).

    The llm decides on the content of the course based on the name, description, target audience and
    other parameters. Bigger and newer models tend to outperform smaller once.

    Clear and unambiguous parameters are more likely to produce better results.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_retrieve``)

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
    """Create, retrieve and delete course creation tasks

    Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
    connected to this data manager.

    The course is created entirely by an ai model (as specified in your inputs).

    The llm decides on the content of the course based on the name, description, target audience and
    other parameters. Bigger and newer models tend to outperform smaller once.

    Clear and unambiguous parameters are more likely to produce better results.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_retrieve``)

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
