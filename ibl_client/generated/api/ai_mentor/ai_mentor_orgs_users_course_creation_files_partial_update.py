from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_creation_task_file import CourseCreationTaskFile
from ...models.patched_course_creation_task_file_request import PatchedCourseCreationTaskFileRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_course_creation_files_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseCreationTaskFile,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseCreationTaskFile | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseCreationTaskFile.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
) -> Response[CourseCreationTaskFile]:
    """Endpoint to fetch update and delete files associated with course creation tasks.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_files_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedCourseCreationTaskFileRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseCreationTaskFile]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
) -> CourseCreationTaskFile:
    """Endpoint to fetch update and delete files associated with course creation tasks.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_files_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedCourseCreationTaskFileRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseCreationTaskFile
    """

    return sync_detailed(
        org,
        user_id,
        id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
) -> Response[CourseCreationTaskFile]:
    """Endpoint to fetch update and delete files associated with course creation tasks.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_files_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedCourseCreationTaskFileRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseCreationTaskFile]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
) -> CourseCreationTaskFile:
    """Endpoint to fetch update and delete files associated with course creation tasks.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_files_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedCourseCreationTaskFileRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseCreationTaskFile
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=client,
        )
    ).unwrap()
