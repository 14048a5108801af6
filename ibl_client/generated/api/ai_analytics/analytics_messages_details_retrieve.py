import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.conversation_detail_response import ConversationDetailResponse
from ...types import UNSET, Unset

OPERATION_ID = "analytics_messages_details_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ConversationDetailResponse,
}


def _get_kwargs(
    *,
    end_date: datetime.date | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    session_id: str,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params["platform_key"] = platform_key

    params["session_id"] = session_id

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_usergroup_ids: list[int] | Unset = UNSET
    if not isinstance(usergroup_ids, Unset):
        json_usergroup_ids = usergroup_ids

    params["usergroup_ids"] = json_usergroup_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/analytics/messages/details/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ConversationDetailResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ConversationDetailResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    end_date: datetime.date | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    session_id: str,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[ConversationDetailResponse]:
    """Conversation detail endpoint for analytics.

    Query params: - session_id (required): UUID of the session to fetch - platform_key,
    mentor_unique_id (optional): further scope - start_date, end_date (optional): date filter on
    message timestamps

    Returns: summary metadata from conversation_list MV, and a list of human/ai message pairs in
    chronological order.

    ``GET /api/analytics/messages/details/`` (operation ``analytics_messages_details_retrieve``)

    Args:
        end_date (datetime.date | Unset):
        mentor_unique_id (UUID | Unset):
        platform_key (str | Unset):
        session_id (str):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ConversationDetailResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            end_date=end_date,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            session_id=session_id,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    end_date: datetime.date | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    session_id: str,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> ConversationDetailResponse:
    """Conversation detail endpoint for analytics.

    Query params: - session_id (required): UUID of the session to fetch - platform_key,
    mentor_unique_id (optional): further scope - start_date, end_date (optional): date filter on
    message timestamps

    Returns: summary metadata from conversation_list MV, and a list of human/ai message pairs in
    chronological order.

    ``GET /api/analytics/messages/details/`` (operation ``analytics_messages_details_retrieve``)

    Args:
        end_date (datetime.date | Unset):
        mentor_unique_id (UUID | Unset):
        platform_key (str | Unset):
        session_id (str):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ConversationDetailResponse
    """

    return sync_detailed(
        end_date=end_date,
        mentor_unique_id=mentor_unique_id,
        platform_key=platform_key,
        session_id=session_id,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    end_date: datetime.date | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    session_id: str,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[ConversationDetailResponse]:
    """Conversation detail endpoint for analytics.

    Query params: - session_id (required): UUID of the session to fetch - platform_key,
    mentor_unique_id (optional): further scope - start_date, end_date (optional): date filter on
    message timestamps

    Returns: summary metadata from conversation_list MV, and a list of human/ai message pairs in
    chronological order.

    ``GET /api/analytics/messages/details/`` (operation ``analytics_messages_details_retrieve``)

    Args:
        end_date (datetime.date | Unset):
        mentor_unique_id (UUID | Unset):
        platform_key (str | Unset):
        session_id (str):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ConversationDetailResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            end_date=end_date,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            session_id=session_id,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    end_date: datetime.date | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    session_id: str,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> ConversationDetailResponse:
    """Conversation detail endpoint for analytics.

    Query params: - session_id (required): UUID of the session to fetch - platform_key,
    mentor_unique_id (optional): further scope - start_date, end_date (optional): date filter on
    message timestamps

    Returns: summary metadata from conversation_list MV, and a list of human/ai message pairs in
    chronological order.

    ``GET /api/analytics/messages/details/`` (operation ``analytics_messages_details_retrieve``)

    Args:
        end_date (datetime.date | Unset):
        mentor_unique_id (UUID | Unset):
        platform_key (str | Unset):
        session_id (str):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ConversationDetailResponse
    """

    return (
        await asyncio_detailed(
            end_date=end_date,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            session_id=session_id,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            client=client,
        )
    ).unwrap()
