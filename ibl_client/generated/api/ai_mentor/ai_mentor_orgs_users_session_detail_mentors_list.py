from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.session_detail import SessionDetail
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_session_detail_mentors_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[SessionDetail],
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    *,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/session-detail/mentors/{mentor}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[SessionDetail] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SessionDetail.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
) -> Response[list[SessionDetail]]:
    """Retrieve session details including message counts and timestamps.

    Query Parameters:
    page (optional, int): Page number for pagination.

    Returns:
    - 200: Paginated list of session details.
    - 404: Session not found.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/session-detail/mentors/{mentor}/`` (operation ``ai_mentor_orgs_users_session_detail_mentors_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        page (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[SessionDetail]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            page=page,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
) -> list[SessionDetail]:
    """Retrieve session details including message counts and timestamps.

    Query Parameters:
    page (optional, int): Page number for pagination.

    Returns:
    - 200: Paginated list of session details.
    - 404: Session not found.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/session-detail/mentors/{mentor}/`` (operation ``ai_mentor_orgs_users_session_detail_mentors_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        page (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[SessionDetail]
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        page=page,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
) -> Response[list[SessionDetail]]:
    """Retrieve session details including message counts and timestamps.

    Query Parameters:
    page (optional, int): Page number for pagination.

    Returns:
    - 200: Paginated list of session details.
    - 404: Session not found.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/session-detail/mentors/{mentor}/`` (operation ``ai_mentor_orgs_users_session_detail_mentors_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        page (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[SessionDetail]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            page=page,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
) -> list[SessionDetail]:
    """Retrieve session details including message counts and timestamps.

    Query Parameters:
    page (optional, int): Page number for pagination.

    Returns:
    - 200: Paginated list of session details.
    - 404: Session not found.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/session-detail/mentors/{mentor}/`` (operation ``ai_mentor_orgs_users_session_detail_mentors_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        page (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[SessionDetail]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            page=page,
            client=client,
        )
    ).unwrap()
