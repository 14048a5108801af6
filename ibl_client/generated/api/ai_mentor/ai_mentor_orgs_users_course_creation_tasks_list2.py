from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_course_creation_task_list import PaginatedCourseCreationTaskList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_course_creation_tasks_list2"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedCourseCreationTaskList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedCourseCreationTaskList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedCourseCreationTaskList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedCourseCreationTaskList]:
    """Create, retrieve and delete course creation tasks

    Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
    connected to this data manager.

    The course is created entirely by an ai model (as specified in your inputs).

    The llm decides on the content of the course based on the name, description, target audience and
    other parameters. Bigger and newer models tend to outperform smaller once.

    Clear and unambiguous parameters are more likely to produce better results.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_list2``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedCourseCreationTaskList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCourseCreationTaskList:
    """Create, retrieve and delete course creation tasks

    Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
    connected to this data manager.

    The course is created entirely by an ai model (as specified in your inputs).

    The llm decides on the content of the course based on the name, description, target audience and
    other parameters. Bigger and newer models tend to outperform smaller once.

    Clear and unambiguous parameters are more likely to produce better results.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_list2``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedCourseCreationTaskList
    """

    return sync_detailed(
        org,
        user_id,
        page=page,
        page_size=page_size,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedCourseCreationTaskList]:
    """Create, retrieve and delete course creation tasks

    Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
    connected to this data manager.

    The course is created entirely by an ai model (as specified in your inputs).

    The llm decides on the content of the course based on the name, description, target audience and
    other parameters. Bigger and newer models tend to outperform smaller once.

    Clear and unambiguous parameters are more likely to produce better results.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_list2``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedCourseCreationTaskList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedCourseCreationTaskList:
    """Create, retrieve and delete course creation tasks

    Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
    connected to this data manager.

    The course is created entirely by an ai model (as specified in your inputs).

    The llm decides on the content of the course based on the name, description, target audience and
    other parameters. Bigger and newer models tend to outperform smaller once.

    Clear and unambiguous parameters are more likely to produce better results.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_list2``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedCourseCreationTaskList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=client,
        )
    ).unwrap()
