from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.pinned_message_create import PinnedMessageCreate
from ...models.pinned_message_request import PinnedMessageRequest

OPERATION_ID = "ai_mentor_orgs_users_pin_message_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PinnedMessageCreate,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: PinnedMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PinnedMessageCreate | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PinnedMessageCreate.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: PinnedMessageRequest,
) -> Response[PinnedMessageCreate]:
    """Create a pinned message for a user session.

    Args:
    request: The HTTP request containing session details.
    org: Organization key identifier.
    user_id: The username of the student.

    Returns:
    Response: Status 201 on success.

    Raises:
    NotFound: If the student does not exist.
    ValidationError: If request data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/`` (operation ``ai_mentor_orgs_users_pin_message_create``)

    Args:
        org (str):
        user_id (str):
        body (PinnedMessageRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PinnedMessageCreate]: status, headers, raw body and parsed model.
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
    body: PinnedMessageRequest,
) -> PinnedMessageCreate:
    """Create a pinned message for a user session.

    Args:
    request: The HTTP request containing session details.
    org: Organization key identifier.
    user_id: The username of the student.

    Returns:
    Response: Status 201 on success.

    Raises:
    NotFound: If the student does not exist.
    ValidationError: If request data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/`` (operation ``ai_mentor_orgs_users_pin_message_create``)

    Args:
        org (str):
        user_id (str):
        body (PinnedMessageRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PinnedMessageCreate
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
    body: PinnedMessageRequest,
) -> Response[PinnedMessageCreate]:
    """Create a pinned message for a user session.

    Args:
    request: The HTTP request containing session details.
    org: Organization key identifier.
    user_id: The username of the student.

    Returns:
    Response: Status 201 on success.

    Raises:
    NotFound: If the student does not exist.
    ValidationError: If request data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/`` (operation ``ai_mentor_orgs_users_pin_message_create``)

    Args:
        org (str):
        user_id (str):
        body (PinnedMessageRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PinnedMessageCreate]: status, headers, raw body and parsed model.
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
    body: PinnedMessageRequest,
) -> PinnedMessageCreate:
    """Create a pinned message for a user session.

    Args:
    request: The HTTP request containing session details.
    org: Organization key identifier.
    user_id: The username of the student.

    Returns:
    Response: Status 201 on success.

    Raises:
    NotFound: If the student does not exist.
    ValidationError: If request data is invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/`` (operation ``ai_mentor_orgs_users_pin_message_create``)

    Args:
        org (str):
        user_id (str):
        body (PinnedMessageRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PinnedMessageCreate
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
