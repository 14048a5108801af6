from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    request_body,
)
from ...models.ai_mentor_orgs_workflows_chat_create_request import (
    AiMentorOrgsWorkflowsChatCreateRequest,
)
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_workflows_chat_create"


def _get_kwargs(
    org: str,
    unique_id: UUID,
    *,
    body: AiMentorOrgsWorkflowsChatCreateRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/chat/".format(
            org=quote(str(org), safe=""),
            unique_id=quote(str(unique_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, AiMentorOrgsWorkflowsChatCreateRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return decode(response)
    return None


def sync_detailed(
    org: str,
    unique_id: UUID,
    *,
    client: Client,
    body: AiMentorOrgsWorkflowsChatCreateRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Chat with workflow

    Send a message to the workflow and receive a response. The workflow must be active. Messages are
    routed through the entry mentor.

    ``POST /api/ai-mentor/orgs/{org}/workflows/{unique_id}/chat/`` (operation ``ai_mentor_orgs_workflows_chat_create``)

    Args:
        org (str):
        unique_id (UUID):
        body (AiMentorOrgsWorkflowsChatCreateRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            unique_id,
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
    unique_id: UUID,
    *,
    client: Client,
    body: AiMentorOrgsWorkflowsChatCreateRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Chat with workflow

    Send a message to the workflow and receive a response. The workflow must be active. Messages are
    routed through the entry mentor.

    ``POST /api/ai-mentor/orgs/{org}/workflows/{unique_id}/chat/`` (operation ``ai_mentor_orgs_workflows_chat_create``)

    Args:
        org (str):
        unique_id (UUID):
        body (AiMentorOrgsWorkflowsChatCreateRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        org,
        unique_id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    unique_id: UUID,
    *,
    client: AsyncClient,
    body: AiMentorOrgsWorkflowsChatCreateRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Chat with workflow

    Send a message to the workflow and receive a response. The workflow must be active. Messages are
    routed through the entry mentor.

    ``POST /api/ai-mentor/orgs/{org}/workflows/{unique_id}/chat/`` (operation ``ai_mentor_orgs_workflows_chat_create``)

    Args:
        org (str):
        unique_id (UUID):
        body (AiMentorOrgsWorkflowsChatCreateRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            unique_id,
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
    unique_id: UUID,
    *,
    client: AsyncClient,
    body: AiMentorOrgsWorkflowsChatCreateRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Chat with workflow

    Send a message to the workflow and receive a response. The workflow must be active. Messages are
    routed through the entry mentor.

    ``POST /api/ai-mentor/orgs/{org}/workflows/{unique_id}/chat/`` (operation ``ai_mentor_orgs_workflows_chat_create``)

    Args:
        org (str):
        unique_id (UUID):
        body (AiMentorOrgsWorkflowsChatCreateRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            org,
            unique_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
