from typing import Any
from urllib.parse import quote

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_elevenlabs_voice_destroy"


def _get_kwargs(
    org: str,
    user_id: str,
    voice_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/{voice_name}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            voice_name=quote(str(voice_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return decode(response)
    return None


def sync_detailed(
    org: str,
    user_id: str,
    voice_name: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Delete an existing Elevenlabs voice configuration.

    This endpoint removes a custom voice configuration both from the local database and from the
    Elevenlabs remote API if applicable.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the voice.
    voice_name: The name of the voice to delete.

    Returns:
    Response: A confirmation of the deletion.

    Raises:
    BadRequest: If the Elevenlabs credentials are not found or there's an API error.

    ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/{voice_name}/`` (operation ``ai_mentor_orgs_users_elevenlabs_voice_destroy``)

    Args:
        org (str):
        user_id (str):
        voice_name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            voice_name,
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
    voice_name: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Delete an existing Elevenlabs voice configuration.

    This endpoint removes a custom voice configuration both from the local database and from the
    Elevenlabs remote API if applicable.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the voice.
    voice_name: The name of the voice to delete.

    Returns:
    Response: A confirmation of the deletion.

    Raises:
    BadRequest: If the Elevenlabs credentials are not found or there's an API error.

    ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/{voice_name}/`` (operation ``ai_mentor_orgs_users_elevenlabs_voice_destroy``)

    Args:
        org (str):
        user_id (str):
        voice_name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        org,
        user_id,
        voice_name,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    voice_name: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Delete an existing Elevenlabs voice configuration.

    This endpoint removes a custom voice configuration both from the local database and from the
    Elevenlabs remote API if applicable.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the voice.
    voice_name: The name of the voice to delete.

    Returns:
    Response: A confirmation of the deletion.

    Raises:
    BadRequest: If the Elevenlabs credentials are not found or there's an API error.

    ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/{voice_name}/`` (operation ``ai_mentor_orgs_users_elevenlabs_voice_destroy``)

    Args:
        org (str):
        user_id (str):
        voice_name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            voice_name,
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
    voice_name: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Delete an existing Elevenlabs voice configuration.

    This endpoint removes a custom voice configuration both from the local database and from the
    Elevenlabs remote API if applicable.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the voice.
    voice_name: The name of the voice to delete.

    Returns:
    Response: A confirmation of the deletion.

    Raises:
    BadRequest: If the Elevenlabs credentials are not found or there's an API error.

    ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/{voice_name}/`` (operation ``ai_mentor_orgs_users_elevenlabs_voice_destroy``)

    Args:
        org (str):
        user_id (str):
        voice_name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            voice_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
