from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.agent_skill import AgentSkill
from ...models.patched_agent_skill_request import PatchedAgentSkillRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_agent_skills_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: AgentSkill,
}


def _get_kwargs(
    org: str,
    id: int,
    *,
    body: PatchedAgentSkillRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/ai-mentor/orgs/{org}/agent-skills/{id}/".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AgentSkill | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = AgentSkill.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    id: int,
    *,
    client: Client,
    body: PatchedAgentSkillRequest | Unset = UNSET,
) -> Response[AgentSkill]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``PATCH /api/ai-mentor/orgs/{org}/agent-skills/{id}/`` (operation ``ai_mentor_orgs_agent_skills_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedAgentSkillRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AgentSkill]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    id: int,
    *,
    client: Client,
    body: PatchedAgentSkillRequest | Unset = UNSET,
) -> AgentSkill:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``PATCH /api/ai-mentor/orgs/{org}/agent-skills/{id}/`` (operation ``ai_mentor_orgs_agent_skills_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedAgentSkillRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AgentSkill
    """

    return sync_detailed(
        org,
        id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    id: int,
    *,
    client: AsyncClient,
    body: PatchedAgentSkillRequest | Unset = UNSET,
) -> Response[AgentSkill]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``PATCH /api/ai-mentor/orgs/{org}/agent-skills/{id}/`` (operation ``ai_mentor_orgs_agent_skills_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedAgentSkillRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AgentSkill]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    id: int,
    *,
    client: AsyncClient,
    body: PatchedAgentSkillRequest | Unset = UNSET,
) -> AgentSkill:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``PATCH /api/ai-mentor/orgs/{org}/agent-skills/{id}/`` (operation ``ai_mentor_orgs_agent_skills_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedAgentSkillRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AgentSkill
    """

    return (
        await asyncio_detailed(
            org,
            id,
            body=body,
            client=client,
        )
    ).unwrap()
