from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.elevenlabs_custom_voice import ElevenlabsCustomVoice
from ...models.elevenlabs_custom_voice_response import ElevenlabsCustomVoiceResponse

OPERATION_ID = "ai_mentor_orgs_users_elevenlabs_voice_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ElevenlabsCustomVoiceResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: ElevenlabsCustomVoice,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ElevenlabsCustomVoiceResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ElevenlabsCustomVoiceResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: ElevenlabsCustomVoice,
) -> Response[ElevenlabsCustomVoiceResponse]:
    """Create a new custom Elevenlabs voice.

    This endpoint allows users to upload audio files to create a custom voice that can be used with
    the Elevenlabs text-to-speech service.

    Note: The audio files' total length should be longer than 1 minute and the total size should be
    smaller than 11 MiB.

    Args:
    request: The HTTP request containing the voice name and audio files.
    org: The organization/tenant identifier.
    user_id: The ID of the user creating the voice.

    Returns:
    Response: The created voice configuration.

    Raises:
    BadRequest: If the provided data is invalid, credentials are not found, or there's an API error.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/`` (operation ``ai_mentor_orgs_users_elevenlabs_voice_create``)

    Args:
        org (str):
        user_id (str):
        body (ElevenlabsCustomVoice):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ElevenlabsCustomVoiceResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: ElevenlabsCustomVoice,
) -> ElevenlabsCustomVoiceResponse:
    """Create a new custom Elevenlabs voice.

    This endpoint allows users to upload audio files to create a custom voice that can be used with
    the Elevenlabs text-to-speech service.

    Note: The audio files' total length should be longer than 1 minute and the total size should be
    smaller than 11 MiB.

    Args:
    request: The HTTP request containing the voice name and audio files.
    org: The organization/tenant identifier.
    user_id: The ID of the user creating the voice.

    Returns:
    Response: The created voice configuration.

    Raises:
    BadRequest: If the provided data is invalid, credentials are not found, or there's an API error.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/`` (operation ``ai_mentor_orgs_users_elevenlabs_voice_create``)

    Args:
        org (str):
        user_id (str):
        body (ElevenlabsCustomVoice):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ElevenlabsCustomVoiceResponse
    """

    return sync_detailed(
        org,
        user_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: ElevenlabsCustomVoice,
) -> Response[ElevenlabsCustomVoiceResponse]:
    """Create a new custom Elevenlabs voice.

    This endpoint allows users to upload audio files to create a custom voice that can be used with
    the Elevenlabs text-to-speech service.

    Note: The audio files' total length should be longer than 1 minute and the total size should be
    smaller than 11 MiB.

    Args:
    request: The HTTP request containing the voice name and audio files.
    org: The organization/tenant identifier.
    user_id: The ID of the user creating the voice.

    Returns:
    Response: The created voice configuration.

    Raises:
    BadRequest: If the provided data is invalid, credentials are not found, or there's an API error.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/`` (operation ``ai_mentor_orgs_users_elevenlabs_voice_create``)

    Args:
        org (str):
        user_id (str):
        body (ElevenlabsCustomVoice):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ElevenlabsCustomVoiceResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: ElevenlabsCustomVoice,
) -> ElevenlabsCustomVoiceResponse:
    """Create a new custom Elevenlabs voice.

    This endpoint allows users to upload audio files to create a custom voice that can be used with
    the Elevenlabs text-to-speech service.

    Note: The audio files' total length should be longer than 1 minute and the total size should be
    smaller than 11 MiB.

    Args:
    request: The HTTP request containing the voice name and audio files.
    org: The organization/tenant identifier.
    user_id: The ID of the user creating the voice.

    Returns:
    Response: The created voice configuration.

    Raises:
    BadRequest: If the provided data is invalid, credentials are not found, or there's an API error.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/`` (operation ``ai_mentor_orgs_users_elevenlabs_voice_create``)

    Args:
        org (str):
        user_id (str):
        body (ElevenlabsCustomVoice):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ElevenlabsCustomVoiceResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
