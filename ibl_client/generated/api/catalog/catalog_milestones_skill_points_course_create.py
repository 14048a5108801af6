from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_skill_point_info_request import CourseSkillPointInfoRequest
from ...types import UNSET, Unset

OPERATION_ID = "catalog_milestones_skill_points_course_create"


def _get_kwargs(
    *,
    body: CourseSkillPointInfoRequest,
    course_id: str,
    get_obj: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["get_obj"] = get_obj

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/milestones/skill_points/course/",
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
    *,
    client: Client,
    body: CourseSkillPointInfoRequest,
    course_id: str,
    get_obj: bool | Unset = UNSET,
) -> Response[Any]:
    """Update skill point information for a specific course

    ``POST /api/catalog/milestones/skill_points/course/`` (operation ``catalog_milestones_skill_points_course_create``)

    Args:
        course_id (str): ID of the course to retrieve skill point information for
        get_obj (bool | Unset): If True, returns skill objects instead of skill names as keys
        body (CourseSkillPointInfoRequest): Request serializer for CourseSkillPointInfoView POST
            endpoint. Validates request body for updating course skill point information.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            course_id=course_id,
            get_obj=get_obj,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: CourseSkillPointInfoRequest,
    course_id: str,
    get_obj: bool | Unset = UNSET,
) -> Any:
    """Update skill point information for a specific course

    ``POST /api/catalog/milestones/skill_points/course/`` (operation ``catalog_milestones_skill_points_course_create``)

    Args:
        course_id (str): ID of the course to retrieve skill point information for
        get_obj (bool | Unset): If True, returns skill objects instead of skill names as keys
        body (CourseSkillPointInfoRequest): Request serializer for CourseSkillPointInfoView POST
            endpoint. Validates request body for updating course skill point information.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        body=body,
        course_id=course_id,
        get_obj=get_obj,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CourseSkillPointInfoRequest,
    course_id: str,
    get_obj: bool | Unset = UNSET,
) -> Response[Any]:
    """Update skill point information for a specific course

    ``POST /api/catalog/milestones/skill_points/course/`` (operation ``catalog_milestones_skill_points_course_create``)

    Args:
        course_id (str): ID of the course to retrieve skill point information for
        get_obj (bool | Unset): If True, returns skill objects instead of skill names as keys
        body (CourseSkillPointInfoRequest): Request serializer for CourseSkillPointInfoView POST
            endpoint. Validates request body for updating course skill point information.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            course_id=course_id,
            get_obj=get_obj,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: CourseSkillPointInfoRequest,
    course_id: str,
    get_obj: bool | Unset = UNSET,
) -> Any:
    """Update skill point information for a specific course

    ``POST /api/catalog/milestones/skill_points/course/`` (operation ``catalog_milestones_skill_points_course_create``)

    Args:
        course_id (str): ID of the course to retrieve skill point information for
        get_obj (bool | Unset): If True, returns skill objects instead of skill names as keys
        body (CourseSkillPointInfoRequest): Request serializer for CourseSkillPointInfoView POST
            endpoint. Validates request body for updating course skill point information.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            body=body,
            course_id=course_id,
            get_obj=get_obj,
            client=client,
        )
    ).unwrap()
