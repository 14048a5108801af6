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
from ...models.patched_ticket_message_request import PatchedTicketMessageRequest
from ...models.ticket_message import TicketMessage
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_support_ticket_messages_partial_update"


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: PatchedTicketMessageRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, PatchedTicketMessageRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TicketMessage | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", TicketMessage, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: PatchedTicketMessageRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[TicketMessage]:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedTicketMessageRequest | Unset):

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
    body: PatchedTicketMessageRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> TicketMessage:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedTicketMessageRequest | Unset):

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
    body: PatchedTicketMessageRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[TicketMessage]:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedTicketMessageRequest | Unset):

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
    body: PatchedTicketMessageRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> TicketMessage:
    """ViewSet for managing ticket messages.

    This ViewSet provides endpoints to retrieve, create, and update ticket messages.

    Permissions:
    - Platform Admins:
    - Platform admins are able to view all ticket messages for the tenant.
    - Students:
    - Students are able to view all ticket messages for only the ticket they are associated with.

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedTicketMessageRequest | Unset):

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
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
