from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ticket_message import TicketMessage
from ...models.ticket_message_request import TicketMessageRequest

OPERATION_ID = "ai_mentor_orgs_users_support_ticket_messages_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: TicketMessage,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: TicketMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TicketMessage | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = TicketMessage.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: TicketMessageRequest,
) -> Response[TicketMessage]:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_create``)

    Args:
        org (str):
        user_id (str):
        body (TicketMessageRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TicketMessage]: status, headers, raw body and parsed model.
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
    body: TicketMessageRequest,
) -> TicketMessage:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_create``)

    Args:
        org (str):
        user_id (str):
        body (TicketMessageRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TicketMessage
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
    body: TicketMessageRequest,
) -> Response[TicketMessage]:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_create``)

    Args:
        org (str):
        user_id (str):
        body (TicketMessageRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TicketMessage]: status, headers, raw body and parsed model.
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
    body: TicketMessageRequest,
) -> TicketMessage:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_create``)

    Args:
        org (str):
        user_id (str):
        body (TicketMessageRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TicketMessage
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
