from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_custom_voice_response import MentorCustomVoiceResponse

OPERATION_ID = "ai_mentor_orgs_users_mentors_custom_voice_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorCustomVoiceResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorCustomVoiceResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MentorCustomVoiceResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
) -> Response[MentorCustomVoiceResponse]:
    """Retrieve the current custom voice settings for a mentor.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the mentor link.
    mentor: The unique identifier of the mentor.

    Returns:
    Response: The current custom voice settings.

    Raises:
    NotFound: If the specified mentor or student does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/`` (operation ``ai_mentor_orgs_users_mentors_custom_voice_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorCustomVoiceResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
) -> MentorCustomVoiceResponse:
    """Retrieve the current custom voice settings for a mentor.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the mentor link.
    mentor: The unique identifier of the mentor.

    Returns:
    Response: The current custom voice settings.

    Raises:
    NotFound: If the specified mentor or student does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/`` (operation ``ai_mentor_orgs_users_mentors_custom_voice_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorCustomVoiceResponse
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
) -> Response[MentorCustomVoiceResponse]:
    """Retrieve the current custom voice settings for a mentor.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the mentor link.
    mentor: The unique identifier of the mentor.

    Returns:
    Response: The current custom voice settings.

    Raises:
    NotFound: If the specified mentor or student does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/`` (operation ``ai_mentor_orgs_users_mentors_custom_voice_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorCustomVoiceResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
) -> MentorCustomVoiceResponse:
    """Retrieve the current custom voice settings for a mentor.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the mentor link.
    mentor: The unique identifier of the mentor.

    Returns:
    Response: The current custom voice settings.

    Raises:
    NotFound: If the specified mentor or student does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/`` (operation ``ai_mentor_orgs_users_mentors_custom_voice_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorCustomVoiceResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=client,
        )
    ).unwrap()
