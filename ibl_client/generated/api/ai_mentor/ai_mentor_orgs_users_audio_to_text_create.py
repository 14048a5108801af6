from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.audio_to_text_request import AudioToTextRequest
from ...models.audio_to_text_response import AudioToTextResponse

OPERATION_ID = "ai_mentor_orgs_users_audio_to_text_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: AudioToTextResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: AudioToTextRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/audio-to-text/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AudioToTextResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = AudioToTextResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: AudioToTextRequest,
) -> Response[AudioToTextResponse]:
    """Convert an uploaded audio file to text.

    Args:
    request: The HTTP request containing the audio file.
    org: The organization/tenant identifier.
    user_id: The ID of the user uploading the audio.

    Returns:
    Response: The transcribed text from the audio file.

    Raises:
    BadRequest: If the audio file is invalid or cannot be processed.
    NotFound: If the API key for the tenant is not found.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/audio-to-text/`` (operation ``ai_mentor_orgs_users_audio_to_text_create``)

    Args:
        org (str):
        user_id (str):
        body (AudioToTextRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AudioToTextResponse]: status, headers, raw body and parsed model.
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
    body: AudioToTextRequest,
) -> AudioToTextResponse:
    """Convert an uploaded audio file to text.

    Args:
    request: The HTTP request containing the audio file.
    org: The organization/tenant identifier.
    user_id: The ID of the user uploading the audio.

    Returns:
    Response: The transcribed text from the audio file.

    Raises:
    BadRequest: If the audio file is invalid or cannot be processed.
    NotFound: If the API key for the tenant is not found.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/audio-to-text/`` (operation ``ai_mentor_orgs_users_audio_to_text_create``)

    Args:
        org (str):
        user_id (str):
        body (AudioToTextRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AudioToTextResponse
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
    body: AudioToTextRequest,
) -> Response[AudioToTextResponse]:
    """Convert an uploaded audio file to text.

    Args:
    request: The HTTP request containing the audio file.
    org: The organization/tenant identifier.
    user_id: The ID of the user uploading the audio.

    Returns:
    Response: The transcribed text from the audio file.

    Raises:
    BadRequest: If the audio file is invalid or cannot be processed.
    NotFound: If the API key for the tenant is not found.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/audio-to-text/`` (operation ``ai_mentor_orgs_users_audio_to_text_create``)

    Args:
        org (str):
        user_id (str):
        body (AudioToTextRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AudioToTextResponse]: status, headers, raw body and parsed model.
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
    body: AudioToTextRequest,
) -> AudioToTextResponse:
    """Convert an uploaded audio file to text.

    Args:
    request: The HTTP request containing the audio file.
    org: The organization/tenant identifier.
    user_id: The ID of the user uploading the audio.

    Returns:
    Response: The transcribed text from the audio file.

    Raises:
    BadRequest: If the audio file is invalid or cannot be processed.
    NotFound: If the API key for the tenant is not found.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/audio-to-text/`` (operation ``ai_mentor_orgs_users_audio_to_text_create``)

    Args:
        org (str):
        user_id (str):
        body (AudioToTextRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AudioToTextResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
