from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_agent_skill_resources_list_file_type import (
    AiMentorOrgsAgentSkillResourcesListFileType,
)
from ...models.paginated_agent_skill_resource_list import PaginatedAgentSkillResourceList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_agent_skill_resources_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedAgentSkillResourceList,
}


def _get_kwargs(
    org: str,
    *,
    file_type: AiMentorOrgsAgentSkillResourcesListFileType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_file_type: str | Unset = UNSET
    if not isinstance(file_type, Unset):
        json_file_type = file_type

    params["file_type"] = json_file_type

    params["limit"] = limit

    params["offset"] = offset

    params["skill"] = skill

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/agent-skill-resources/".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedAgentSkillResourceList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedAgentSkillResourceList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    file_type: AiMentorOrgsAgentSkillResourcesListFileType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> Response[PaginatedAgentSkillResourceList]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/agent-skill-resources/`` (operation ``ai_mentor_orgs_agent_skill_resources_list``)

    Args:
        org (str):
        file_type (AiMentorOrgsAgentSkillResourcesListFileType | Unset):
        limit (int | Unset):
        offset (int | Unset):
        skill (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedAgentSkillResourceList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            file_type=file_type,
            limit=limit,
            offset=offset,
            skill=skill,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    file_type: AiMentorOrgsAgentSkillResourcesListFileType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> PaginatedAgentSkillResourceList:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/agent-skill-resources/`` (operation ``ai_mentor_orgs_agent_skill_resources_list``)

    Args:
        org (str):
        file_type (AiMentorOrgsAgentSkillResourcesListFileType | Unset):
        limit (int | Unset):
        offset (int | Unset):
        skill (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedAgentSkillResourceList
    """

    return sync_detailed(
        org,
        file_type=file_type,
        limit=limit,
        offset=offset,
        skill=skill,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    file_type: AiMentorOrgsAgentSkillResourcesListFileType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> Response[PaginatedAgentSkillResourceList]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/agent-skill-resources/`` (operation ``ai_mentor_orgs_agent_skill_resources_list``)

    Args:
        org (str):
        file_type (AiMentorOrgsAgentSkillResourcesListFileType | Unset):
        limit (int | Unset):
        offset (int | Unset):
        skill (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedAgentSkillResourceList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            file_type=file_type,
            limit=limit,
            offset=offset,
            skill=skill,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    file_type: AiMentorOrgsAgentSkillResourcesListFileType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> PaginatedAgentSkillResourceList:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/agent-skill-resources/`` (operation ``ai_mentor_orgs_agent_skill_resources_list``)

    Args:
        org (str):
        file_type (AiMentorOrgsAgentSkillResourcesListFileType | Unset):
        limit (int | Unset):
        offset (int | Unset):
        skill (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedAgentSkillResourceList
    """

    return (
        await asyncio_detailed(
            org,
            file_type=file_type,
            limit=limit,
            offset=offset,
            skill=skill,
            client=client,
        )
    ).unwrap()
