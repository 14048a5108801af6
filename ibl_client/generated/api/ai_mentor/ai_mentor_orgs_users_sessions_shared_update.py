from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.shared_session_update_request import SharedSessionUpdateRequest
from ...models.shared_session_update_response import SharedSessionUpdateResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_sessions_shared_update"


def _get_kwargs(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    body: SharedSessionUpdateRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shared/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            session_id=quote(str(session_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, SharedSessionUpdateRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SharedSessionUpdateResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", SharedSessionUpdateResponse, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
    body: SharedSessionUpdateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[SharedSessionUpdateResponse]:
    """Share Session

    Allows users to mark their session as shared. Anonymous users can only share sessions created in
    anonymous mode.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shared/`` (operation ``ai_mentor_orgs_users_sessions_shared_update``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        body (SharedSessionUpdateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SharedSessionUpdateResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
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
    session_id: UUID,
    *,
    client: Client,
    body: SharedSessionUpdateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> SharedSessionUpdateResponse:
    """Share Session

    Allows users to mark their session as shared. Anonymous users can only share sessions created in
    anonymous mode.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shared/`` (operation ``ai_mentor_orgs_users_sessions_shared_update``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        body (SharedSessionUpdateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SharedSessionUpdateResponse
    """

    return sync_detailed(
        org,
        user_id,
        session_id,
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
    session_id: UUID,
    *,
    client: AsyncClient,
    body: SharedSessionUpdateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[SharedSessionUpdateResponse]:
    """Share Session

    Allows users to mark their session as shared. Anonymous users can only share sessions created in
    anonymous mode.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shared/`` (operation ``ai_mentor_orgs_users_sessions_shared_update``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        body (SharedSessionUpdateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SharedSessionUpdateResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
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
    session_id: UUID,
    *,
    client: AsyncClient,
    body: SharedSessionUpdateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> SharedSessionUpdateResponse:
    """Share Session

    Allows users to mark their session as shared. Anonymous users can only share sessions created in
    anonymous mode.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shared/`` (operation ``ai_mentor_orgs_users_sessions_shared_update``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        body (SharedSessionUpdateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SharedSessionUpdateResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            session_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
