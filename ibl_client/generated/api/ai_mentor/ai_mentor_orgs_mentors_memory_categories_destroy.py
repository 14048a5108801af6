from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_mentors_memory_categories_destroy"


def _get_kwargs(
    org: str,
    mentor_id: str,
    category_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/{category_id}/".format(
            org=quote(str(org), safe=""),
            mentor_id=quote(str(mentor_id), safe=""),
            category_id=quote(str(category_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 204:
        return None

    return None


def sync_detailed(
    org: str,
    mentor_id: str,
    category_id: int,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[None]:
    """Deactivate a memory category.

    ``DELETE /api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/{category_id}/`` (operation ``ai_mentor_orgs_mentors_memory_categories_destroy``)

    Args:
        org (str):
        mentor_id (str):
        category_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[None]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor_id,
            category_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    mentor_id: str,
    category_id: int,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> None:
    """Deactivate a memory category.

    ``DELETE /api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/{category_id}/`` (operation ``ai_mentor_orgs_mentors_memory_categories_destroy``)

    Args:
        org (str):
        mentor_id (str):
        category_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        None
    """

    return sync_detailed(
        org,
        mentor_id,
        category_id,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    mentor_id: str,
    category_id: int,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[None]:
    """Deactivate a memory category.

    ``DELETE /api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/{category_id}/`` (operation ``ai_mentor_orgs_mentors_memory_categories_destroy``)

    Args:
        org (str):
        mentor_id (str):
        category_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[None]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor_id,
            category_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    mentor_id: str,
    category_id: int,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> None:
    """Deactivate a memory category.

    ``DELETE /api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/{category_id}/`` (operation ``ai_mentor_orgs_mentors_memory_categories_destroy``)

    Args:
        org (str):
        mentor_id (str):
        category_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            org,
            mentor_id,
            category_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
