from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.call_authentication_request import CallAuthenticationRequest
from ...models.call_authentication_response import CallAuthenticationResponse

OPERATION_ID = "ai_mentor_orgs_users_mentors_create_call_credentials_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CallAuthenticationResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    *,
    body: CallAuthenticationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/create-call-credentials/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CallAuthenticationResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CallAuthenticationResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: CallAuthenticationRequest,
) -> Response[CallAuthenticationResponse]:
    """Generate IBL Call Pro authentication parameters for audio calls.

    This endpoint creates the necessary authentication tokens and parameters for connecting to a IBL
    Call Pro room for audio communication with a mentor.

    Args:
    request: The HTTP request object containing the required parameters.
    org: The organization/tenant identifier.
    user_id: The ID of the user requesting authentication.

    Returns:
    Response: IBL Call Pro authentication parameters including URL, room name,
    participant name, and authentication token.

    Raises:
    ValidationError: If the request parameters are invalid.
    BadRequest: If the IBL Call Pro credentials are not properly configured.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/create-call-credentials/`` (operation ``ai_mentor_orgs_users_mentors_create_call_credentials_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (CallAuthenticationRequest): Serializer for IBL Call Pro authentication request.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CallAuthenticationResponse]: status, headers, raw body and parsed model.
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
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: CallAuthenticationRequest,
) -> CallAuthenticationResponse:
    """Generate IBL Call Pro authentication parameters for audio calls.

    This endpoint creates the necessary authentication tokens and parameters for connecting to a IBL
    Call Pro room for audio communication with a mentor.

    Args:
    request: The HTTP request object containing the required parameters.
    org: The organization/tenant identifier.
    user_id: The ID of the user requesting authentication.

    Returns:
    Response: IBL Call Pro authentication parameters including URL, room name,
    participant name, and authentication token.

    Raises:
    ValidationError: If the request parameters are invalid.
    BadRequest: If the IBL Call Pro credentials are not properly configured.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/create-call-credentials/`` (operation ``ai_mentor_orgs_users_mentors_create_call_credentials_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (CallAuthenticationRequest): Serializer for IBL Call Pro authentication request.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CallAuthenticationResponse
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: CallAuthenticationRequest,
) -> Response[CallAuthenticationResponse]:
    """Generate IBL Call Pro authentication parameters for audio calls.

    This endpoint creates the necessary authentication tokens and parameters for connecting to a IBL
    Call Pro room for audio communication with a mentor.

    Args:
    request: The HTTP request object containing the required parameters.
    org: The organization/tenant identifier.
    user_id: The ID of the user requesting authentication.

    Returns:
    Response: IBL Call Pro authentication parameters including URL, room name,
    participant name, and authentication token.

    Raises:
    ValidationError: If the request parameters are invalid.
    BadRequest: If the IBL Call Pro credentials are not properly configured.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/create-call-credentials/`` (operation ``ai_mentor_orgs_users_mentors_create_call_credentials_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (CallAuthenticationRequest): Serializer for IBL Call Pro authentication request.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CallAuthenticationResponse]: status, headers, raw body and parsed model.
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
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: CallAuthenticationRequest,
) -> CallAuthenticationResponse:
    """Generate IBL Call Pro authentication parameters for audio calls.

    This endpoint creates the necessary authentication tokens and parameters for connecting to a IBL
    Call Pro room for audio communication with a mentor.

    Args:
    request: The HTTP request object containing the required parameters.
    org: The organization/tenant identifier.
    user_id: The ID of the user requesting authentication.

    Returns:
    Response: IBL Call Pro authentication parameters including URL, room name,
    participant name, and authentication token.

    Raises:
    ValidationError: If the request parameters are invalid.
    BadRequest: If the IBL Call Pro credentials are not properly configured.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/create-call-credentials/`` (operation ``ai_mentor_orgs_users_mentors_create_call_credentials_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (CallAuthenticationRequest): Serializer for IBL Call Pro authentication request.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CallAuthenticationResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=client,
        )
    ).unwrap()
