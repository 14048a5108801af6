from typing import Any
from urllib.parse import quote

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

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


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return decode(response)
    return None


def sync_detailed(
    org: str,
    slug: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
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
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            slug,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    slug: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
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
        JSON | bytes
    """

    return sync_detailed(
        org,
        slug,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    slug: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
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
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            slug,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    slug: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
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
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            org,
            slug,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
