from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response

OPERATION_ID = "ai_mentor_orgs_trigger_deletion_create"


def _get_kwargs(
    org: str,
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/trigger/{slug}/deletion/".format(
            org=quote(str(org), safe=""),
            slug=quote(str(slug), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    org: str,
    slug: str,
    *,
    client: Client,
) -> Response[Any]:
    """Delete a specific trigger.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    slug: The unique slug identifier of the trigger to delete.

    Returns:
    Response: A confirmation of the deletion status.

    Raises:
    BadRequest: If the specified trigger does not exist.

    ``POST /api/ai-mentor/orgs/{org}/trigger/{slug}/deletion/`` (operation ``ai_mentor_orgs_trigger_deletion_create``)

    Args:
        org (str):
        slug (str):

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
            slug,
        ),
        _parse_response,
    )


def sync(
    org: str,
    slug: str,
    *,
    client: Client,
) -> Any:
    """Delete a specific trigger.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    slug: The unique slug identifier of the trigger to delete.

    Returns:
    Response: A confirmation of the deletion status.

    Raises:
    BadRequest: If the specified trigger does not exist.

    ``POST /api/ai-mentor/orgs/{org}/trigger/{slug}/deletion/`` (operation ``ai_mentor_orgs_trigger_deletion_create``)

    Args:
        org (str):
        slug (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        org,
        slug,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    slug: str,
    *,
    client: AsyncClient,
) -> Response[Any]:
    """Delete a specific trigger.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    slug: The unique slug identifier of the trigger to delete.

    Returns:
    Response: A confirmation of the deletion status.

    Raises:
    BadRequest: If the specified trigger does not exist.

    ``POST /api/ai-mentor/orgs/{org}/trigger/{slug}/deletion/`` (operation ``ai_mentor_orgs_trigger_deletion_create``)

    Args:
        org (str):
        slug (str):

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
            slug,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    slug: str,
    *,
    client: AsyncClient,
) -> Any:
    """Delete a specific trigger.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    slug: The unique slug identifier of the trigger to delete.

    Returns:
    Response: A confirmation of the deletion status.

    Raises:
    BadRequest: If the specified trigger does not exist.

    ``POST /api/ai-mentor/orgs/{org}/trigger/{slug}/deletion/`` (operation ``ai_mentor_orgs_trigger_deletion_create``)

    Args:
        org (str):
        slug (str):

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
            slug,
            client=client,
        )
    ).unwrap()
