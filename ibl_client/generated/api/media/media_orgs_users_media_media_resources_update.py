from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    request_body,
)
from ...models.media_resource_request import MediaResourceRequest
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "media_orgs_users_media_media_resources_update"


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: MediaResourceRequest | Mapping[str, Any],
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["item_id"] = item_id

    params["search"] = search

    params["unit_id"] = unit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, MediaResourceRequest, body)

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
    user_id: str,
    id: int,
    *,
    client: Client,
    body: MediaResourceRequest | Mapping[str, Any],
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
    across multiple fields.

    ``PUT /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        course_id (str | Unset):
        item_id (str | Unset):
        search (str | Unset):
        unit_id (str | Unset):
        body (MediaResourceRequest):

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
            user_id,
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
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
    body: MediaResourceRequest | Mapping[str, Any],
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
    across multiple fields.

    ``PUT /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        course_id (str | Unset):
        item_id (str | Unset):
        search (str | Unset):
        unit_id (str | Unset):
        body (MediaResourceRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        org,
        user_id,
        id,
        body=body,
        course_id=course_id,
        item_id=item_id,
        search=search,
        unit_id=unit_id,
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
    body: MediaResourceRequest | Mapping[str, Any],
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
    across multiple fields.

    ``PUT /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        course_id (str | Unset):
        item_id (str | Unset):
        search (str | Unset):
        unit_id (str | Unset):
        body (MediaResourceRequest):

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
            user_id,
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
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
    body: MediaResourceRequest | Mapping[str, Any],
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
    across multiple fields.

    ``PUT /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        course_id (str | Unset):
        item_id (str | Unset):
        search (str | Unset):
        unit_id (str | Unset):
        body (MediaResourceRequest):

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
            user_id,
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
