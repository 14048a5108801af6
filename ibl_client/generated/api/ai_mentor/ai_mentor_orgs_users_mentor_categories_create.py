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
from ...models.mentor_category import MentorCategory
from ...models.mentor_category_create_request import MentorCategoryCreateRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_mentor_categories_create"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: MentorCategoryCreateRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, MentorCategoryCreateRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorCategory | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", MentorCategory, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: MentorCategoryCreateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[MentorCategory]:
    """Create a new mentor category.

    Accessible only to tenant admins.

    Returns:
    200: Details of the created mentor category.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/`` (operation ``ai_mentor_orgs_users_mentor_categories_create``)

    Args:
        org (str):
        user_id (str):
        body (MentorCategoryCreateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorCategory]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
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
    *,
    client: Client,
    body: MentorCategoryCreateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> MentorCategory:
    """Create a new mentor category.

    Accessible only to tenant admins.

    Returns:
    200: Details of the created mentor category.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/`` (operation ``ai_mentor_orgs_users_mentor_categories_create``)

    Args:
        org (str):
        user_id (str):
        body (MentorCategoryCreateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorCategory
    """

    return sync_detailed(
        org,
        user_id,
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
    *,
    client: AsyncClient,
    body: MentorCategoryCreateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[MentorCategory]:
    """Create a new mentor category.

    Accessible only to tenant admins.

    Returns:
    200: Details of the created mentor category.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/`` (operation ``ai_mentor_orgs_users_mentor_categories_create``)

    Args:
        org (str):
        user_id (str):
        body (MentorCategoryCreateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorCategory]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
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
    *,
    client: AsyncClient,
    body: MentorCategoryCreateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> MentorCategory:
    """Create a new mentor category.

    Accessible only to tenant admins.

    Returns:
    200: Details of the created mentor category.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/`` (operation ``ai_mentor_orgs_users_mentor_categories_create``)

    Args:
        org (str):
        user_id (str):
        body (MentorCategoryCreateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorCategory
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
