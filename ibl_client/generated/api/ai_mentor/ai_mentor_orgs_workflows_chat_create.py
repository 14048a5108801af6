from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_workflows_chat_create_request import (
    AiMentorOrgsWorkflowsChatCreateRequest,
)
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_workflows_chat_create"


def _get_kwargs(
    org: str,
    unique_id: UUID,
    *,
    body: AiMentorOrgsWorkflowsChatCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/chat/".format(
            org=quote(str(org), safe=""),
            unique_id=quote(str(unique_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    org: str,
    unique_id: UUID,
    *,
    client: Client,
    body: AiMentorOrgsWorkflowsChatCreateRequest | Unset = UNSET,
) -> Response[Any]:
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
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            unique_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    unique_id: UUID,
    *,
    client: Client,
    body: AiMentorOrgsWorkflowsChatCreateRequest | Unset = UNSET,
) -> Any:
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
        Any
    """

    return sync_detailed(
        org,
        unique_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    unique_id: UUID,
    *,
    client: AsyncClient,
    body: AiMentorOrgsWorkflowsChatCreateRequest | Unset = UNSET,
) -> Response[Any]:
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
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            unique_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    unique_id: UUID,
    *,
    client: AsyncClient,
    body: AiMentorOrgsWorkflowsChatCreateRequest | Unset = UNSET,
) -> Any:
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
        Any
    """

    return (
        await asyncio_detailed(
            org,
            unique_id,
            body=body,
            client=client,
        )
    ).unwrap()
