from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response

OPERATION_ID = "ai_mentor_orgs_workflows_destroy"


def _get_kwargs(
    org: str,
    unique_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/".format(
            org=quote(str(org), safe=""),
            unique_id=quote(str(unique_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 204:
        return None

    return None


def sync_detailed(
    org: str,
    unique_id: UUID,
    *,
    client: Client,
) -> Response[Any]:
    """Delete a workflow

    Delete a workflow permanently.

    ``DELETE /api/ai-mentor/orgs/{org}/workflows/{unique_id}/`` (operation ``ai_mentor_orgs_workflows_destroy``)

    Args:
        org (str):
        unique_id (UUID):

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
        ),
        _parse_response,
    )


def sync(
    org: str,
    unique_id: UUID,
    *,
    client: Client,
) -> Any:
    """Delete a workflow

    Delete a workflow permanently.

    ``DELETE /api/ai-mentor/orgs/{org}/workflows/{unique_id}/`` (operation ``ai_mentor_orgs_workflows_destroy``)

    Args:
        org (str):
        unique_id (UUID):

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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    unique_id: UUID,
    *,
    client: AsyncClient,
) -> Response[Any]:
    """Delete a workflow

    Delete a workflow permanently.

    ``DELETE /api/ai-mentor/orgs/{org}/workflows/{unique_id}/`` (operation ``ai_mentor_orgs_workflows_destroy``)

    Args:
        org (str):
        unique_id (UUID):

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
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    unique_id: UUID,
    *,
    client: AsyncClient,
) -> Any:
    """Delete a workflow

    Delete a workflow permanently.

    ``DELETE /api/ai-mentor/orgs/{org}/workflows/{unique_id}/`` (operation ``ai_mentor_orgs_workflows_destroy``)

    Args:
        org (str):
        unique_id (UUID):

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
            client=client,
        )
    ).unwrap()
