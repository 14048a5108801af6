from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_ticket_message_list import PaginatedTicketMessageList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_support_ticket_messages_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedTicketMessageList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    ticket: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sender"] = sender

    params["ticket"] = ticket

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedTicketMessageList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedTicketMessageList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    ticket: float | Unset = UNSET,
) -> Response[PaginatedTicketMessageList]:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sender (str | Unset):
        ticket (float | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedTicketMessageList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            page=page,
            page_size=page_size,
            sender=sender,
            ticket=ticket,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    ticket: float | Unset = UNSET,
) -> PaginatedTicketMessageList:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sender (str | Unset):
        ticket (float | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedTicketMessageList
    """

    return sync_detailed(
        org,
        user_id,
        page=page,
        page_size=page_size,
        sender=sender,
        ticket=ticket,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    ticket: float | Unset = UNSET,
) -> Response[PaginatedTicketMessageList]:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sender (str | Unset):
        ticket (float | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedTicketMessageList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            page=page,
            page_size=page_size,
            sender=sender,
            ticket=ticket,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    ticket: float | Unset = UNSET,
) -> PaginatedTicketMessageList:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sender (str | Unset):
        ticket (float | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedTicketMessageList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            sender=sender,
            ticket=ticket,
            client=client,
        )
    ).unwrap()
