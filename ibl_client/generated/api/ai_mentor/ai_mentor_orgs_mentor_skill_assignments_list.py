from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_mentor_skill_assignment_list import PaginatedMentorSkillAssignmentList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_mentor_skill_assignments_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedMentorSkillAssignmentList,
}


def _get_kwargs(
    org: str,
    *,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enabled"] = enabled

    params["limit"] = limit

    params["mentor"] = mentor

    params["offset"] = offset

    params["skill"] = skill

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/mentor-skill-assignments/".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedMentorSkillAssignmentList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedMentorSkillAssignmentList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> Response[PaginatedMentorSkillAssignmentList]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/mentor-skill-assignments/`` (operation ``ai_mentor_orgs_mentor_skill_assignments_list``)

    Args:
        org (str):
        enabled (bool | Unset):
        limit (int | Unset):
        mentor (int | Unset):
        offset (int | Unset):
        skill (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedMentorSkillAssignmentList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            enabled=enabled,
            limit=limit,
            mentor=mentor,
            offset=offset,
            skill=skill,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> PaginatedMentorSkillAssignmentList:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/mentor-skill-assignments/`` (operation ``ai_mentor_orgs_mentor_skill_assignments_list``)

    Args:
        org (str):
        enabled (bool | Unset):
        limit (int | Unset):
        mentor (int | Unset):
        offset (int | Unset):
        skill (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedMentorSkillAssignmentList
    """

    return sync_detailed(
        org,
        enabled=enabled,
        limit=limit,
        mentor=mentor,
        offset=offset,
        skill=skill,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> Response[PaginatedMentorSkillAssignmentList]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/mentor-skill-assignments/`` (operation ``ai_mentor_orgs_mentor_skill_assignments_list``)

    Args:
        org (str):
        enabled (bool | Unset):
        limit (int | Unset):
        mentor (int | Unset):
        offset (int | Unset):
        skill (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedMentorSkillAssignmentList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            enabled=enabled,
            limit=limit,
            mentor=mentor,
            offset=offset,
            skill=skill,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> PaginatedMentorSkillAssignmentList:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/mentor-skill-assignments/`` (operation ``ai_mentor_orgs_mentor_skill_assignments_list``)

    Args:
        org (str):
        enabled (bool | Unset):
        limit (int | Unset):
        mentor (int | Unset):
        offset (int | Unset):
        skill (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedMentorSkillAssignmentList
    """

    return (
        await asyncio_detailed(
            org,
            enabled=enabled,
            limit=limit,
            mentor=mentor,
            offset=offset,
            skill=skill,
            client=client,
        )
    ).unwrap()
