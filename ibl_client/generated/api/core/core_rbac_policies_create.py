from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.rbac_policy import RbacPolicy
from ...models.rbac_policy_request import RbacPolicyRequest

OPERATION_ID = "core_rbac_policies_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: RbacPolicy,
}


def _get_kwargs(
    *,
    body: RbacPolicyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/rbac/policies/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RbacPolicy | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = RbacPolicy.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: RbacPolicyRequest,
) -> Response[RbacPolicy]:
    """Create RBAC policy

    Create a new RBAC policy that defines resource access for a role

    ``POST /api/core/rbac/policies/`` (operation ``core_rbac_policies_create``)

    Args:
        body (RbacPolicyRequest): Serializer for policies.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacPolicy]: status, headers, raw body and parsed model.
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
    body: RbacPolicyRequest,
) -> RbacPolicy:
    """Create RBAC policy

    Create a new RBAC policy that defines resource access for a role

    ``POST /api/core/rbac/policies/`` (operation ``core_rbac_policies_create``)

    Args:
        body (RbacPolicyRequest): Serializer for policies.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacPolicy
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: RbacPolicyRequest,
) -> Response[RbacPolicy]:
    """Create RBAC policy

    Create a new RBAC policy that defines resource access for a role

    ``POST /api/core/rbac/policies/`` (operation ``core_rbac_policies_create``)

    Args:
        body (RbacPolicyRequest): Serializer for policies.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacPolicy]: status, headers, raw body and parsed model.
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
    body: RbacPolicyRequest,
) -> RbacPolicy:
    """Create RBAC policy

    Create a new RBAC policy that defines resource access for a role

    ``POST /api/core/rbac/policies/`` (operation ``core_rbac_policies_create``)

    Args:
        body (RbacPolicyRequest): Serializer for policies.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacPolicy
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
