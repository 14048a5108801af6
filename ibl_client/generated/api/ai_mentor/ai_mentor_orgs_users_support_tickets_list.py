from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_users_support_tickets_list_status import (
    AiMentorOrgsUsersSupportTicketsListStatus,
)
from ...models.paginated_human_support_ticket_list import PaginatedHumanSupportTicketList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_support_tickets_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedHumanSupportTicketList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    mentor_id: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    session: UUID | Unset = UNSET,
    status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mentor_id"] = mentor_id

    params["page"] = page

    params["page_size"] = page_size

    json_session: str | Unset = UNSET
    if not isinstance(session, Unset):
        json_session = str(session)
    params["session"] = json_session

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedHumanSupportTicketList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedHumanSupportTicketList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    mentor_id: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    session: UUID | Unset = UNSET,
    status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedHumanSupportTicketList]:
    """ViewSet for managing Human Support Tickets.

    This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.

    Permissions:
    Platform Admins:
    - Platform admins are able to update the ticket status, and view all tickets for the tenant.
    - Platform admins can only update the `subject`, `description` and `status` fields.
    Students:
    - Students are only able to view their own created tickets.
    - students can modify only the `subject` and `description` entries
    Field Updates:
    - subject: Modifiable by both student and platform admin
    - description: Modifiable by only student.
    - status: Modifiable by only platform admin.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/`` (operation ``ai_mentor_orgs_users_support_tickets_list``)

    Args:
        org (str):
        user_id (str):
        mentor_id (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        session (UUID | Unset):
        status (AiMentorOrgsUsersSupportTicketsListStatus | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedHumanSupportTicketList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            session=session,
            status=status,
            username=username,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    mentor_id: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    session: UUID | Unset = UNSET,
    status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedHumanSupportTicketList:
    """ViewSet for managing Human Support Tickets.

    This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.

    Permissions:
    Platform Admins:
    - Platform admins are able to update the ticket status, and view all tickets for the tenant.
    - Platform admins can only update the `subject`, `description` and `status` fields.
    Students:
    - Students are only able to view their own created tickets.
    - students can modify only the `subject` and `description` entries
    Field Updates:
    - subject: Modifiable by both student and platform admin
    - description: Modifiable by only student.
    - status: Modifiable by only platform admin.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/`` (operation ``ai_mentor_orgs_users_support_tickets_list``)

    Args:
        org (str):
        user_id (str):
        mentor_id (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        session (UUID | Unset):
        status (AiMentorOrgsUsersSupportTicketsListStatus | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedHumanSupportTicketList
    """

    return sync_detailed(
        org,
        user_id,
        mentor_id=mentor_id,
        page=page,
        page_size=page_size,
        session=session,
        status=status,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    mentor_id: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    session: UUID | Unset = UNSET,
    status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedHumanSupportTicketList]:
    """ViewSet for managing Human Support Tickets.

    This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.

    Permissions:
    Platform Admins:
    - Platform admins are able to update the ticket status, and view all tickets for the tenant.
    - Platform admins can only update the `subject`, `description` and `status` fields.
    Students:
    - Students are only able to view their own created tickets.
    - students can modify only the `subject` and `description` entries
    Field Updates:
    - subject: Modifiable by both student and platform admin
    - description: Modifiable by only student.
    - status: Modifiable by only platform admin.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/`` (operation ``ai_mentor_orgs_users_support_tickets_list``)

    Args:
        org (str):
        user_id (str):
        mentor_id (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        session (UUID | Unset):
        status (AiMentorOrgsUsersSupportTicketsListStatus | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedHumanSupportTicketList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            session=session,
            status=status,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    mentor_id: float | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    session: UUID | Unset = UNSET,
    status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedHumanSupportTicketList:
    """ViewSet for managing Human Support Tickets.

    This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.

    Permissions:
    Platform Admins:
    - Platform admins are able to update the ticket status, and view all tickets for the tenant.
    - Platform admins can only update the `subject`, `description` and `status` fields.
    Students:
    - Students are only able to view their own created tickets.
    - students can modify only the `subject` and `description` entries
    Field Updates:
    - subject: Modifiable by both student and platform admin
    - description: Modifiable by only student.
    - status: Modifiable by only platform admin.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/`` (operation ``ai_mentor_orgs_users_support_tickets_list``)

    Args:
        org (str):
        user_id (str):
        mentor_id (float | Unset):
        page (int | Unset):
        page_size (int | Unset):
        session (UUID | Unset):
        status (AiMentorOrgsUsersSupportTicketsListStatus | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedHumanSupportTicketList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            session=session,
            status=status,
            username=username,
            client=client,
        )
    ).unwrap()
