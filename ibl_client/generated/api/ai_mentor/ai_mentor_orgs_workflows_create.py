from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.workflow import Workflow
from ...models.workflow_request import WorkflowRequest

OPERATION_ID = "ai_mentor_orgs_workflows_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: Workflow,
}


def _get_kwargs(
    org: str,
    *,
    body: WorkflowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/workflows/".format(
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Workflow | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = Workflow.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: WorkflowRequest,
) -> Response[Workflow]:
    """Create a new workflow

    Create a new workflow definition. Basic ReactFlow JSON validation is performed.

    ``POST /api/ai-mentor/orgs/{org}/workflows/`` (operation ``ai_mentor_orgs_workflows_create``)

    Args:
        org (str):
        body (WorkflowRequest): Serializer for Workflow CRUD operations.

            Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are renderable,
            while allowing draft workflows that may not be executable.

            Comprehensive execution validation (Phase 2) is available via the validate action
            endpoint.

            Fields: - All model fields are exposed - Platform and creator are set automatically from
            URL context - Read-only fields: id, unique_id, created_at, updated_at - Chat settings
            (chat_name, chat_greeting, etc.) update the entry_mentor

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Workflow]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: WorkflowRequest,
) -> Workflow:
    """Create a new workflow

    Create a new workflow definition. Basic ReactFlow JSON validation is performed.

    ``POST /api/ai-mentor/orgs/{org}/workflows/`` (operation ``ai_mentor_orgs_workflows_create``)

    Args:
        org (str):
        body (WorkflowRequest): Serializer for Workflow CRUD operations.

            Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are renderable,
            while allowing draft workflows that may not be executable.

            Comprehensive execution validation (Phase 2) is available via the validate action
            endpoint.

            Fields: - All model fields are exposed - Platform and creator are set automatically from
            URL context - Read-only fields: id, unique_id, created_at, updated_at - Chat settings
            (chat_name, chat_greeting, etc.) update the entry_mentor

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Workflow
    """

    return sync_detailed(
        org,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: WorkflowRequest,
) -> Response[Workflow]:
    """Create a new workflow

    Create a new workflow definition. Basic ReactFlow JSON validation is performed.

    ``POST /api/ai-mentor/orgs/{org}/workflows/`` (operation ``ai_mentor_orgs_workflows_create``)

    Args:
        org (str):
        body (WorkflowRequest): Serializer for Workflow CRUD operations.

            Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are renderable,
            while allowing draft workflows that may not be executable.

            Comprehensive execution validation (Phase 2) is available via the validate action
            endpoint.

            Fields: - All model fields are exposed - Platform and creator are set automatically from
            URL context - Read-only fields: id, unique_id, created_at, updated_at - Chat settings
            (chat_name, chat_greeting, etc.) update the entry_mentor

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Workflow]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: WorkflowRequest,
) -> Workflow:
    """Create a new workflow

    Create a new workflow definition. Basic ReactFlow JSON validation is performed.

    ``POST /api/ai-mentor/orgs/{org}/workflows/`` (operation ``ai_mentor_orgs_workflows_create``)

    Args:
        org (str):
        body (WorkflowRequest): Serializer for Workflow CRUD operations.

            Provides basic ReactFlow JSON validation (Phase 1) to ensure definitions are renderable,
            while allowing draft workflows that may not be executable.

            Comprehensive execution validation (Phase 2) is available via the validate action
            endpoint.

            Fields: - All model fields are exposed - Platform and creator are set automatically from
            URL context - Read-only fields: id, unique_id, created_at, updated_at - Chat settings
            (chat_name, chat_greeting, etc.) update the entry_mentor

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Workflow
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            client=client,
        )
    ).unwrap()
