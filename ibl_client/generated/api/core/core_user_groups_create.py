from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_group import UserGroup
from ...models.user_group_request import UserGroupRequest

OPERATION_ID = "core_user_groups_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: UserGroup,
}


def _get_kwargs(
    *,
    body: UserGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/user-groups/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserGroup | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = UserGroup.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: UserGroupRequest,
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
    )


def sync(
    *,
    client: Client,
    body: UserGroupRequest,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: UserGroupRequest,
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
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: UserGroupRequest,
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
            client=client,
        )
    ).unwrap()
