from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_group_policy import UserGroupPolicy
from ...models.user_group_policy_request import UserGroupPolicyRequest

OPERATION_ID = "core_rbac_teams_access_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserGroupPolicy,
    201: UserGroupPolicy,
}


def _get_kwargs(
    *,
    body: UserGroupPolicyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/rbac/teams/access/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserGroupPolicy | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserGroupPolicy.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = UserGroupPolicy.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: UserGroupPolicyRequest,
) -> Response[UserGroupPolicy]:
    """Control which RbacGroups and/or Users have access to a UserGroup (team) and with what Role

    Create or update RBAC policies to manage group and user access to specific UserGroups (teams).
    Creates role-specific policies and handles adding/removing groups and users. Automatically adds
    users/groups to appropriate secondary policies as needed.

    ``POST /api/core/rbac/teams/access/`` (operation ``core_rbac_teams_access_create``)

    Args:
        body (UserGroupPolicyRequest): Serializer for usergroup-specific RBAC policies using
            ModelSerializer pattern. Accepts usergroup_id and role, generates resources and role
            internally.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserGroupPolicy]: status, headers, raw body and parsed model.
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
    body: UserGroupPolicyRequest,
) -> UserGroupPolicy:
    """Control which RbacGroups and/or Users have access to a UserGroup (team) and with what Role

    Create or update RBAC policies to manage group and user access to specific UserGroups (teams).
    Creates role-specific policies and handles adding/removing groups and users. Automatically adds
    users/groups to appropriate secondary policies as needed.

    ``POST /api/core/rbac/teams/access/`` (operation ``core_rbac_teams_access_create``)

    Args:
        body (UserGroupPolicyRequest): Serializer for usergroup-specific RBAC policies using
            ModelSerializer pattern. Accepts usergroup_id and role, generates resources and role
            internally.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserGroupPolicy
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: UserGroupPolicyRequest,
) -> Response[UserGroupPolicy]:
    """Control which RbacGroups and/or Users have access to a UserGroup (team) and with what Role

    Create or update RBAC policies to manage group and user access to specific UserGroups (teams).
    Creates role-specific policies and handles adding/removing groups and users. Automatically adds
    users/groups to appropriate secondary policies as needed.

    ``POST /api/core/rbac/teams/access/`` (operation ``core_rbac_teams_access_create``)

    Args:
        body (UserGroupPolicyRequest): Serializer for usergroup-specific RBAC policies using
            ModelSerializer pattern. Accepts usergroup_id and role, generates resources and role
            internally.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserGroupPolicy]: status, headers, raw body and parsed model.
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
    body: UserGroupPolicyRequest,
) -> UserGroupPolicy:
    """Control which RbacGroups and/or Users have access to a UserGroup (team) and with what Role

    Create or update RBAC policies to manage group and user access to specific UserGroups (teams).
    Creates role-specific policies and handles adding/removing groups and users. Automatically adds
    users/groups to appropriate secondary policies as needed.

    ``POST /api/core/rbac/teams/access/`` (operation ``core_rbac_teams_access_create``)

    Args:
        body (UserGroupPolicyRequest): Serializer for usergroup-specific RBAC policies using
            ModelSerializer pattern. Accepts usergroup_id and role, generates resources and role
            internally.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserGroupPolicy
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
