from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_settings import MentorSettings

OPERATION_ID = "ai_mentor_orgs_offline_mentors_config_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorSettings,
}


def _get_kwargs(
    org: str,
    mentor_unique_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/config/".format(
            org=quote(str(org), safe=""),
            mentor_unique_id=quote(str(mentor_unique_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorSettings | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MentorSettings.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    mentor_unique_id: UUID,
    *,
    client: Client,
) -> Response[MentorSettings]:
    """Retrieve mentor configuration for offline use.

    Returns the same data as the mentor settings endpoint, including system_prompt, LLM config,
    safety/moderation settings, and UI settings.

    Args:
    request: The HTTP request.
    org: Organization/platform key.
    mentor_unique_id: The unique ID (UUID) of the mentor.

    Returns:
    Response: Full mentor settings data.

    ``GET /api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/config/`` (operation ``ai_mentor_orgs_offline_mentors_config_retrieve``)

    Args:
        org (str):
        mentor_unique_id (UUID):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorSettings]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor_unique_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    mentor_unique_id: UUID,
    *,
    client: Client,
) -> MentorSettings:
    """Retrieve mentor configuration for offline use.

    Returns the same data as the mentor settings endpoint, including system_prompt, LLM config,
    safety/moderation settings, and UI settings.

    Args:
    request: The HTTP request.
    org: Organization/platform key.
    mentor_unique_id: The unique ID (UUID) of the mentor.

    Returns:
    Response: Full mentor settings data.

    ``GET /api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/config/`` (operation ``ai_mentor_orgs_offline_mentors_config_retrieve``)

    Args:
        org (str):
        mentor_unique_id (UUID):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorSettings
    """

    return sync_detailed(
        org,
        mentor_unique_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    mentor_unique_id: UUID,
    *,
    client: AsyncClient,
) -> Response[MentorSettings]:
    """Retrieve mentor configuration for offline use.

    Returns the same data as the mentor settings endpoint, including system_prompt, LLM config,
    safety/moderation settings, and UI settings.

    Args:
    request: The HTTP request.
    org: Organization/platform key.
    mentor_unique_id: The unique ID (UUID) of the mentor.

    Returns:
    Response: Full mentor settings data.

    ``GET /api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/config/`` (operation ``ai_mentor_orgs_offline_mentors_config_retrieve``)

    Args:
        org (str):
        mentor_unique_id (UUID):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorSettings]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor_unique_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    mentor_unique_id: UUID,
    *,
    client: AsyncClient,
) -> MentorSettings:
    """Retrieve mentor configuration for offline use.

    Returns the same data as the mentor settings endpoint, including system_prompt, LLM config,
    safety/moderation settings, and UI settings.

    Args:
    request: The HTTP request.
    org: Organization/platform key.
    mentor_unique_id: The unique ID (UUID) of the mentor.

    Returns:
    Response: Full mentor settings data.

    ``GET /api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/config/`` (operation ``ai_mentor_orgs_offline_mentors_config_retrieve``)

    Args:
        org (str):
        mentor_unique_id (UUID):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorSettings
    """

    return (
        await asyncio_detailed(
            org,
            mentor_unique_id,
            client=client,
        )
    ).unwrap()
