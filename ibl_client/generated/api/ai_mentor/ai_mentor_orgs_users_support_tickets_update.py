from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.human_support_ticket import HumanSupportTicket
from ...models.human_support_ticket_request import HumanSupportTicketRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_support_tickets_update"


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: HumanSupportTicketRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, HumanSupportTicketRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> HumanSupportTicket | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", HumanSupportTicket, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: HumanSupportTicketRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (HumanSupportTicketRequest): serializer interface intended for students/ non-admin
            users. This limits students to only update the subject and description of a ticket.

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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: HumanSupportTicketRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (HumanSupportTicketRequest): serializer interface intended for students/ non-admin
            users. This limits students to only update the subject and description of a ticket.

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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: HumanSupportTicketRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (HumanSupportTicketRequest): serializer interface intended for students/ non-admin
            users. This limits students to only update the subject and description of a ticket.

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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: HumanSupportTicketRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (HumanSupportTicketRequest): serializer interface intended for students/ non-admin
            users. This limits students to only update the subject and description of a ticket.

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
