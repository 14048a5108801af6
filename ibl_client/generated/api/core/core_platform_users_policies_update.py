from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
)
from ...models.user_policy_update import UserPolicyUpdate
from ...models.user_policy_update_response import UserPolicyUpdateResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_platform_users_policies_update"


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
        response_200 = nested("response_200", UserPolicyUpdateResponse, response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: list[UserPolicyUpdate],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    body: list[UserPolicyUpdate],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: list[UserPolicyUpdate],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: list[UserPolicyUpdate],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
