from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.set_student_mentor_creation_permission import SetStudentMentorCreationPermission
from ...models.student_mentor_creation_permission_response import (
    StudentMentorCreationPermissionResponse,
)

OPERATION_ID = "core_rbac_student_mentor_creation_set_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: StudentMentorCreationPermissionResponse,
}


def _get_kwargs(
    *,
    body: SetStudentMentorCreationPermission,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/rbac/student-mentor-creation/set/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> StudentMentorCreationPermissionResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = StudentMentorCreationPermissionResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: SetStudentMentorCreationPermission,
) -> Response[StudentMentorCreationPermissionResponse]:
    """Set student mentor creation permission

    Enable or disable the ability for students to create mentors on a platform

    ``POST /api/core/rbac/student-mentor-creation/set/`` (operation ``core_rbac_student_mentor_creation_set_create``)

    Args:
        body (SetStudentMentorCreationPermission): Serializer for setting student mentor creation
            permission

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StudentMentorCreationPermissionResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: SetStudentMentorCreationPermission,
) -> StudentMentorCreationPermissionResponse:
    """Set student mentor creation permission

    Enable or disable the ability for students to create mentors on a platform

    ``POST /api/core/rbac/student-mentor-creation/set/`` (operation ``core_rbac_student_mentor_creation_set_create``)

    Args:
        body (SetStudentMentorCreationPermission): Serializer for setting student mentor creation
            permission

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StudentMentorCreationPermissionResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: SetStudentMentorCreationPermission,
) -> Response[StudentMentorCreationPermissionResponse]:
    """Set student mentor creation permission

    Enable or disable the ability for students to create mentors on a platform

    ``POST /api/core/rbac/student-mentor-creation/set/`` (operation ``core_rbac_student_mentor_creation_set_create``)

    Args:
        body (SetStudentMentorCreationPermission): Serializer for setting student mentor creation
            permission

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StudentMentorCreationPermissionResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: SetStudentMentorCreationPermission,
) -> StudentMentorCreationPermissionResponse:
    """Set student mentor creation permission

    Enable or disable the ability for students to create mentors on a platform

    ``POST /api/core/rbac/student-mentor-creation/set/`` (operation ``core_rbac_student_mentor_creation_set_create``)

    Args:
        body (SetStudentMentorCreationPermission): Serializer for setting student mentor creation
            permission

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StudentMentorCreationPermissionResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
