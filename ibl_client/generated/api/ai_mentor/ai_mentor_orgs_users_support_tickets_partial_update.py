from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.human_support_ticket import HumanSupportTicket
from ...models.patched_human_support_ticket_request import PatchedHumanSupportTicketRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_support_tickets_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: HumanSupportTicket,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: PatchedHumanSupportTicketRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> HumanSupportTicket | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = HumanSupportTicket.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: PatchedHumanSupportTicketRequest | Unset = UNSET,
) -> Response[HumanSupportTicket]:
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

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedHumanSupportTicketRequest | Unset): serializer interface intended for
            students/ non-admin users. This limits students to only update the subject and description
            of a ticket.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[HumanSupportTicket]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: PatchedHumanSupportTicketRequest | Unset = UNSET,
) -> HumanSupportTicket:
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

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedHumanSupportTicketRequest | Unset): serializer interface intended for
            students/ non-admin users. This limits students to only update the subject and description
            of a ticket.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        HumanSupportTicket
    """

    return sync_detailed(
        org,
        user_id,
        id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: PatchedHumanSupportTicketRequest | Unset = UNSET,
) -> Response[HumanSupportTicket]:
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

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedHumanSupportTicketRequest | Unset): serializer interface intended for
            students/ non-admin users. This limits students to only update the subject and description
            of a ticket.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[HumanSupportTicket]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: PatchedHumanSupportTicketRequest | Unset = UNSET,
) -> HumanSupportTicket:
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

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedHumanSupportTicketRequest | Unset): serializer interface intended for
            students/ non-admin users. This limits students to only update the subject and description
            of a ticket.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        HumanSupportTicket
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=client,
        )
    ).unwrap()
