from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.pinned_message_get import PinnedMessageGet
from ...types import UNSET

OPERATION_ID = "ai_mentor_orgs_users_pin_message_list"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    session_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["session_id"] = session_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[PinnedMessageGet] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PinnedMessageGet.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    session_id: str,
) -> Response[list[PinnedMessageGet]]:
    """Retrieve pinned messages for a user.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    user_id: The username of the student.

    Returns:
    Response: Paginated list of pinned messages.

    Raises:
    NotFound: If the student or session does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/`` (operation ``ai_mentor_orgs_users_pin_message_list``)

    Args:
        org (str):
        user_id (str):
        session_id (str): Session id of the message to pin

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[PinnedMessageGet]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id=session_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    session_id: str,
) -> list[PinnedMessageGet]:
    """Retrieve pinned messages for a user.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    user_id: The username of the student.

    Returns:
    Response: Paginated list of pinned messages.

    Raises:
    NotFound: If the student or session does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/`` (operation ``ai_mentor_orgs_users_pin_message_list``)

    Args:
        org (str):
        user_id (str):
        session_id (str): Session id of the message to pin

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[PinnedMessageGet]
    """

    return sync_detailed(
        org,
        user_id,
        session_id=session_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    session_id: str,
) -> Response[list[PinnedMessageGet]]:
    """Retrieve pinned messages for a user.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    user_id: The username of the student.

    Returns:
    Response: Paginated list of pinned messages.

    Raises:
    NotFound: If the student or session does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/`` (operation ``ai_mentor_orgs_users_pin_message_list``)

    Args:
        org (str):
        user_id (str):
        session_id (str): Session id of the message to pin

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[PinnedMessageGet]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id=session_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    session_id: str,
) -> list[PinnedMessageGet]:
    """Retrieve pinned messages for a user.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    user_id: The username of the student.

    Returns:
    Response: Paginated list of pinned messages.

    Raises:
    NotFound: If the student or session does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/`` (operation ``ai_mentor_orgs_users_pin_message_list``)

    Args:
        org (str):
        user_id (str):
        session_id (str): Session id of the message to pin

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[PinnedMessageGet]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            session_id=session_id,
            client=client,
        )
    ).unwrap()
