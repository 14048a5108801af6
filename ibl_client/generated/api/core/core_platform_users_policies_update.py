from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_policy_update import UserPolicyUpdate
from ...models.user_policy_update_response import UserPolicyUpdateResponse

OPERATION_ID = "core_platform_users_policies_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserPolicyUpdateResponse,
}


def _get_kwargs(
    *,
    body: list[UserPolicyUpdate],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/core/platform/users/policies/",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserPolicyUpdateResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserPolicyUpdateResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: list[UserPolicyUpdate],
) -> Response[UserPolicyUpdateResponse]:
    """Bulk update user policies on a platform. Requires Ibl.Core/UserPolicies/write permission.

    Policy removals are processed before policy additions.

    ``PUT /api/core/platform/users/policies/`` (operation ``core_platform_users_policies_update``)

    Args:
        body (list[UserPolicyUpdate]):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserPolicyUpdateResponse]: status, headers, raw body and parsed model.
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
    body: list[UserPolicyUpdate],
) -> UserPolicyUpdateResponse:
    """Bulk update user policies on a platform. Requires Ibl.Core/UserPolicies/write permission.

    Policy removals are processed before policy additions.

    ``PUT /api/core/platform/users/policies/`` (operation ``core_platform_users_policies_update``)

    Args:
        body (list[UserPolicyUpdate]):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserPolicyUpdateResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: list[UserPolicyUpdate],
) -> Response[UserPolicyUpdateResponse]:
    """Bulk update user policies on a platform. Requires Ibl.Core/UserPolicies/write permission.

    Policy removals are processed before policy additions.

    ``PUT /api/core/platform/users/policies/`` (operation ``core_platform_users_policies_update``)

    Args:
        body (list[UserPolicyUpdate]):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserPolicyUpdateResponse]: status, headers, raw body and parsed model.
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
    body: list[UserPolicyUpdate],
) -> UserPolicyUpdateResponse:
    """Bulk update user policies on a platform. Requires Ibl.Core/UserPolicies/write permission.

    Policy removals are processed before policy additions.

    ``PUT /api/core/platform/users/policies/`` (operation ``core_platform_users_policies_update``)

    Args:
        body (list[UserPolicyUpdate]):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserPolicyUpdateResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
