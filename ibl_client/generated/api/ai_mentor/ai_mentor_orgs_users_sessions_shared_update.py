from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.shared_session_update_request import SharedSessionUpdateRequest
from ...models.shared_session_update_response import SharedSessionUpdateResponse

OPERATION_ID = "ai_mentor_orgs_users_sessions_shared_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: SharedSessionUpdateResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    body: SharedSessionUpdateRequest,
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

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SharedSessionUpdateResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = SharedSessionUpdateResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
    body: SharedSessionUpdateRequest,
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
    )


def sync(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
    body: SharedSessionUpdateRequest,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: AsyncClient,
    body: SharedSessionUpdateRequest,
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
    )


async def asyncio(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: AsyncClient,
    body: SharedSessionUpdateRequest,
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
            client=client,
        )
    ).unwrap()
