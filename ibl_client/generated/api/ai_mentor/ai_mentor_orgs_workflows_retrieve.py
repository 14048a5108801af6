from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.workflow import Workflow

OPERATION_ID = "ai_mentor_orgs_workflows_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Workflow,
}


def _get_kwargs(
    org: str,
    unique_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/".format(
            org=quote(str(org), safe=""),
            unique_id=quote(str(unique_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Workflow | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Workflow.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    unique_id: UUID,
    *,
    client: Client,
) -> Response[Workflow]:
    """Retrieve a workflow

    Get detailed information about a specific workflow.

    ``GET /api/ai-mentor/orgs/{org}/workflows/{unique_id}/`` (operation ``ai_mentor_orgs_workflows_retrieve``)

    Args:
        org (str):
        unique_id (UUID):

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
            unique_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    unique_id: UUID,
    *,
    client: Client,
) -> Workflow:
    """Retrieve a workflow

    Get detailed information about a specific workflow.

    ``GET /api/ai-mentor/orgs/{org}/workflows/{unique_id}/`` (operation ``ai_mentor_orgs_workflows_retrieve``)

    Args:
        org (str):
        unique_id (UUID):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Workflow
    """

    return sync_detailed(
        org,
        unique_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    unique_id: UUID,
    *,
    client: AsyncClient,
) -> Response[Workflow]:
    """Retrieve a workflow

    Get detailed information about a specific workflow.

    ``GET /api/ai-mentor/orgs/{org}/workflows/{unique_id}/`` (operation ``ai_mentor_orgs_workflows_retrieve``)

    Args:
        org (str):
        unique_id (UUID):

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
            unique_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    unique_id: UUID,
    *,
    client: AsyncClient,
) -> Workflow:
    """Retrieve a workflow

    Get detailed information about a specific workflow.

    ``GET /api/ai-mentor/orgs/{org}/workflows/{unique_id}/`` (operation ``ai_mentor_orgs_workflows_retrieve``)

    Args:
        org (str):
        unique_id (UUID):

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
            unique_id,
            client=client,
        )
    ).unwrap()
