from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_group_access import UserGroupAccess
from ...models.user_group_access_request import UserGroupAccessRequest

OPERATION_ID = "core_rbac_user_group_access_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserGroupAccess,
    201: UserGroupAccess,
}


def _get_kwargs(
    *,
    body: UserGroupAccessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/rbac/user-group-access/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserGroupAccess | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserGroupAccess.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = UserGroupAccess.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: UserGroupAccessRequest,
) -> Response[UserGroupAccess]:
    """Manage user access to groups

    Create or update user access to groups by adding/removing group access. Creates one policy per
    user with GROUP_MENTOR_MANAGER role for managing mentor access.

    ``POST /api/core/rbac/user-group-access/`` (operation ``core_rbac_user_group_access_create``)

    Args:
        body (UserGroupAccessRequest): ModelSerializer for user group access policies

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserGroupAccess]: status, headers, raw body and parsed model.
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
    body: UserGroupAccessRequest,
) -> UserGroupAccess:
    """Manage user access to groups

    Create or update user access to groups by adding/removing group access. Creates one policy per
    user with GROUP_MENTOR_MANAGER role for managing mentor access.

    ``POST /api/core/rbac/user-group-access/`` (operation ``core_rbac_user_group_access_create``)

    Args:
        body (UserGroupAccessRequest): ModelSerializer for user group access policies

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserGroupAccess
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: UserGroupAccessRequest,
) -> Response[UserGroupAccess]:
    """Manage user access to groups

    Create or update user access to groups by adding/removing group access. Creates one policy per
    user with GROUP_MENTOR_MANAGER role for managing mentor access.

    ``POST /api/core/rbac/user-group-access/`` (operation ``core_rbac_user_group_access_create``)

    Args:
        body (UserGroupAccessRequest): ModelSerializer for user group access policies

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserGroupAccess]: status, headers, raw body and parsed model.
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
    body: UserGroupAccessRequest,
) -> UserGroupAccess:
    """Manage user access to groups

    Create or update user access to groups by adding/removing group access. Creates one policy per
    user with GROUP_MENTOR_MANAGER role for managing mentor access.

    ``POST /api/core/rbac/user-group-access/`` (operation ``core_rbac_user_group_access_create``)

    Args:
        body (UserGroupAccessRequest): ModelSerializer for user group access policies

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserGroupAccess
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
