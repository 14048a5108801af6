from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.mentor_custom_voice import MentorCustomVoice
from ...models.mentor_custom_voice_response import MentorCustomVoiceResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_mentors_custom_voice_create"


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    *,
    body: MentorCustomVoice | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, MentorCustomVoice, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorCustomVoiceResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", MentorCustomVoiceResponse, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: MentorCustomVoice | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[MentorCustomVoiceResponse]:
    """Set a custom voice for a mentor.

    This endpoint allows setting a custom voice for a specific mentor, either using the default
    voice provider or Elevenlabs.

    Args:
    request: The HTTP request containing the voice provider and name.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the mentor link.
    mentor: The unique identifier of the mentor.

    Returns:
    Response: The updated custom voice settings.

    Raises:
    BadRequest: If the provided data is invalid or the voice does not exist.
    NotFound: If the mentor or student does not exist.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/`` (operation ``ai_mentor_orgs_users_mentors_custom_voice_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorCustomVoice):

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
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: MentorCustomVoice | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> MentorCustomVoiceResponse:
    """Set a custom voice for a mentor.

    This endpoint allows setting a custom voice for a specific mentor, either using the default
    voice provider or Elevenlabs.

    Args:
    request: The HTTP request containing the voice provider and name.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the mentor link.
    mentor: The unique identifier of the mentor.

    Returns:
    Response: The updated custom voice settings.

    Raises:
    BadRequest: If the provided data is invalid or the voice does not exist.
    NotFound: If the mentor or student does not exist.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/`` (operation ``ai_mentor_orgs_users_mentors_custom_voice_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorCustomVoice):

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
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: MentorCustomVoice | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[MentorCustomVoiceResponse]:
    """Set a custom voice for a mentor.

    This endpoint allows setting a custom voice for a specific mentor, either using the default
    voice provider or Elevenlabs.

    Args:
    request: The HTTP request containing the voice provider and name.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the mentor link.
    mentor: The unique identifier of the mentor.

    Returns:
    Response: The updated custom voice settings.

    Raises:
    BadRequest: If the provided data is invalid or the voice does not exist.
    NotFound: If the mentor or student does not exist.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/`` (operation ``ai_mentor_orgs_users_mentors_custom_voice_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorCustomVoice):

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
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: MentorCustomVoice | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> MentorCustomVoiceResponse:
    """Set a custom voice for a mentor.

    This endpoint allows setting a custom voice for a specific mentor, either using the default
    voice provider or Elevenlabs.

    Args:
    request: The HTTP request containing the voice provider and name.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the mentor link.
    mentor: The unique identifier of the mentor.

    Returns:
    Response: The updated custom voice settings.

    Raises:
    BadRequest: If the provided data is invalid or the voice does not exist.
    NotFound: If the mentor or student does not exist.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/`` (operation ``ai_mentor_orgs_users_mentors_custom_voice_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (MentorCustomVoice):

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
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
