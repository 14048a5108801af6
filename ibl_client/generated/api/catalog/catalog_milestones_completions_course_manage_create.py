from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.catalog_milestones_completions_course_manage_create_response_200 import (
    CatalogMilestonesCompletionsCourseManageCreateResponse200,
)
from ...models.catalog_milestones_completions_course_manage_create_response_201 import (
    CatalogMilestonesCompletionsCourseManageCreateResponse201,
)
from ...models.course_completion import CourseCompletion
from ...types import UNSET

OPERATION_ID = "catalog_milestones_completions_course_manage_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CatalogMilestonesCompletionsCourseManageCreateResponse200,
    201: CatalogMilestonesCompletionsCourseManageCreateResponse201,
}


def _get_kwargs(
    *,
    body: CourseCompletion,
    course_id: str,
    user_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/milestones/completions/course/manage/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> (
    CatalogMilestonesCompletionsCourseManageCreateResponse200
    | CatalogMilestonesCompletionsCourseManageCreateResponse201
    | None
):
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CatalogMilestonesCompletionsCourseManageCreateResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 201:
        response_201 = CatalogMilestonesCompletionsCourseManageCreateResponse201.from_dict(
            response.json()
        )

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: CourseCompletion,
    course_id: str,
    user_id: int,
) -> Response[
    CatalogMilestonesCompletionsCourseManageCreateResponse200
    | CatalogMilestonesCompletionsCourseManageCreateResponse201
]:
    """Create or update completion information for a specific user and course

    ``POST /api/catalog/milestones/completions/course/manage/`` (operation ``catalog_milestones_completions_course_manage_create``)

    Args:
        course_id (str):
        user_id (int):
        body (CourseCompletion):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogMilestonesCompletionsCourseManageCreateResponse200 | CatalogMilestonesCompletionsCourseManageCreateResponse201]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            course_id=course_id,
            user_id=user_id,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: CourseCompletion,
    course_id: str,
    user_id: int,
) -> (
    CatalogMilestonesCompletionsCourseManageCreateResponse200
    | CatalogMilestonesCompletionsCourseManageCreateResponse201
):
    """Create or update completion information for a specific user and course

    ``POST /api/catalog/milestones/completions/course/manage/`` (operation ``catalog_milestones_completions_course_manage_create``)

    Args:
        course_id (str):
        user_id (int):
        body (CourseCompletion):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogMilestonesCompletionsCourseManageCreateResponse200 | CatalogMilestonesCompletionsCourseManageCreateResponse201
    """

    return sync_detailed(
        body=body,
        course_id=course_id,
        user_id=user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CourseCompletion,
    course_id: str,
    user_id: int,
) -> Response[
    CatalogMilestonesCompletionsCourseManageCreateResponse200
    | CatalogMilestonesCompletionsCourseManageCreateResponse201
]:
    """Create or update completion information for a specific user and course

    ``POST /api/catalog/milestones/completions/course/manage/`` (operation ``catalog_milestones_completions_course_manage_create``)

    Args:
        course_id (str):
        user_id (int):
        body (CourseCompletion):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogMilestonesCompletionsCourseManageCreateResponse200 | CatalogMilestonesCompletionsCourseManageCreateResponse201]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            course_id=course_id,
            user_id=user_id,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: CourseCompletion,
    course_id: str,
    user_id: int,
) -> (
    CatalogMilestonesCompletionsCourseManageCreateResponse200
    | CatalogMilestonesCompletionsCourseManageCreateResponse201
):
    """Create or update completion information for a specific user and course

    ``POST /api/catalog/milestones/completions/course/manage/`` (operation ``catalog_milestones_completions_course_manage_create``)

    Args:
        course_id (str):
        user_id (int):
        body (CourseCompletion):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogMilestonesCompletionsCourseManageCreateResponse200 | CatalogMilestonesCompletionsCourseManageCreateResponse201
    """

    return (
        await asyncio_detailed(
            body=body,
            course_id=course_id,
            user_id=user_id,
            client=client,
        )
    ).unwrap()
