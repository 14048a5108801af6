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
from ...models.patched_rbac_policy_request import PatchedRbacPolicyRequest
from ...models.rbac_policy import RbacPolicy
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_rbac_policies_partial_update"


def _get_kwargs(
    id: int,
    *,
    body: PatchedRbacPolicyRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/core/rbac/policies/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, PatchedRbacPolicyRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RbacPolicy | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", RbacPolicy, response.json())

        return response_200

    return None


def sync_detailed(
    id: int,
    *,
    client: Client,
    body: PatchedRbacPolicyRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[RbacPolicy]:
    """Partially update RBAC policy

    Partially update an existing RBAC policy. Only provided fields will be updated.

    ``PATCH /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_partial_update``)

    Args:
        id (int):
        body (PatchedRbacPolicyRequest | Unset): Serializer for policies.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacPolicy]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    id: int,
    *,
    client: Client,
    body: PatchedRbacPolicyRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> RbacPolicy:
    """Partially update RBAC policy

    Partially update an existing RBAC policy. Only provided fields will be updated.

    ``PATCH /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_partial_update``)

    Args:
        id (int):
        body (PatchedRbacPolicyRequest | Unset): Serializer for policies.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacPolicy
    """

    return sync_detailed(
        id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    id: int,
    *,
    client: AsyncClient,
    body: PatchedRbacPolicyRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[RbacPolicy]:
    """Partially update RBAC policy

    Partially update an existing RBAC policy. Only provided fields will be updated.

    ``PATCH /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_partial_update``)

    Args:
        id (int):
        body (PatchedRbacPolicyRequest | Unset): Serializer for policies.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RbacPolicy]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    id: int,
    *,
    client: AsyncClient,
    body: PatchedRbacPolicyRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> RbacPolicy:
    """Partially update RBAC policy

    Partially update an existing RBAC policy. Only provided fields will be updated.

    ``PATCH /api/core/rbac/policies/{id}/`` (operation ``core_rbac_policies_partial_update``)

    Args:
        id (int):
        body (PatchedRbacPolicyRequest | Unset): Serializer for policies.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RbacPolicy
    """

    return (
        await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
