from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.user_group import UserGroup
from ...models.user_group_request import UserGroupRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_user_groups_create"


def _get_kwargs(
    *,
    body: UserGroupRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/user-groups/",
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, UserGroupRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserGroup | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = nested("response_201", UserGroup, response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: UserGroupRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[UserGroup]:
    """Create UserGroup

    Create a new UserGroup for a platform. Users can be assigned during creation.

    ``POST /api/core/user-groups/`` (operation ``core_user_groups_create``)

    Args:
        body (UserGroupRequest): Serializer for UserGroups.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserGroup]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    body: UserGroupRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> UserGroup:
    """Create UserGroup

    Create a new UserGroup for a platform. Users can be assigned during creation.

    ``POST /api/core/user-groups/`` (operation ``core_user_groups_create``)

    Args:
        body (UserGroupRequest): Serializer for UserGroups.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserGroup
    """

    return sync_detailed(
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: UserGroupRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[UserGroup]:
    """Create UserGroup

    Create a new UserGroup for a platform. Users can be assigned during creation.

    ``POST /api/core/user-groups/`` (operation ``core_user_groups_create``)

    Args:
        body (UserGroupRequest): Serializer for UserGroups.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserGroup]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: UserGroupRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> UserGroup:
    """Create UserGroup

    Create a new UserGroup for a platform. Users can be assigned during creation.

    ``POST /api/core/user-groups/`` (operation ``core_user_groups_create``)

    Args:
        body (UserGroupRequest): Serializer for UserGroups.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserGroup
    """

    return (
        await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
