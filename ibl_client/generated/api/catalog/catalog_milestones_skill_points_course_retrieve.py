from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.catalog_milestones_skill_points_course_retrieve_response_200 import (
    CatalogMilestonesSkillPointsCourseRetrieveResponse200,
)
from ...types import UNSET, Unset

OPERATION_ID = "catalog_milestones_skill_points_course_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CatalogMilestonesSkillPointsCourseRetrieveResponse200,
}


def _get_kwargs(
    *,
    course_id: str,
    get_obj: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["get_obj"] = get_obj

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/milestones/skill_points/course/",
        "params": params,
    }
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> CatalogMilestonesSkillPointsCourseRetrieveResponse200 | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CatalogMilestonesSkillPointsCourseRetrieveResponse200.from_dict(
            response.json()
        )

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    course_id: str,
    get_obj: bool | Unset = UNSET,
) -> Response[CatalogMilestonesSkillPointsCourseRetrieveResponse200]:
    """Retrieve skill point information for a specific course

    ``GET /api/catalog/milestones/skill_points/course/`` (operation ``catalog_milestones_skill_points_course_retrieve``)

    Args:
        course_id (str):
        get_obj (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogMilestonesSkillPointsCourseRetrieveResponse200]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            get_obj=get_obj,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    course_id: str,
    get_obj: bool | Unset = UNSET,
) -> CatalogMilestonesSkillPointsCourseRetrieveResponse200:
    """Retrieve skill point information for a specific course

    ``GET /api/catalog/milestones/skill_points/course/`` (operation ``catalog_milestones_skill_points_course_retrieve``)

    Args:
        course_id (str):
        get_obj (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogMilestonesSkillPointsCourseRetrieveResponse200
    """

    return sync_detailed(
        course_id=course_id,
        get_obj=get_obj,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    course_id: str,
    get_obj: bool | Unset = UNSET,
) -> Response[CatalogMilestonesSkillPointsCourseRetrieveResponse200]:
    """Retrieve skill point information for a specific course

    ``GET /api/catalog/milestones/skill_points/course/`` (operation ``catalog_milestones_skill_points_course_retrieve``)

    Args:
        course_id (str):
        get_obj (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogMilestonesSkillPointsCourseRetrieveResponse200]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            get_obj=get_obj,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    course_id: str,
    get_obj: bool | Unset = UNSET,
) -> CatalogMilestonesSkillPointsCourseRetrieveResponse200:
    """Retrieve skill point information for a specific course

    ``GET /api/catalog/milestones/skill_points/course/`` (operation ``catalog_milestones_skill_points_course_retrieve``)

    Args:
        course_id (str):
        get_obj (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogMilestonesSkillPointsCourseRetrieveResponse200
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            get_obj=get_obj,
            client=client,
        )
    ).unwrap()
