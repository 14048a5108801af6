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
from ...models.call_authentication_request import CallAuthenticationRequest
from ...models.call_authentication_response import CallAuthenticationResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_mentors_create_call_credentials_create"


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    *,
    body: CallAuthenticationRequest | Mapping[str, Any],
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

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, CallAuthenticationRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CallAuthenticationResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", CallAuthenticationResponse, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: CallAuthenticationRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
    body: CallAuthenticationRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
    body: CallAuthenticationRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
    body: CallAuthenticationRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
