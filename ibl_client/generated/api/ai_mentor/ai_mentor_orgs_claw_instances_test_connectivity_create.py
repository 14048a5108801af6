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
from ...models.claw_instance import ClawInstance
from ...models.claw_instance_request import ClawInstanceRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_claw_instances_test_connectivity_create"


def _get_kwargs(
    org: str,
    id: int,
    *,
    body: ClawInstanceRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/claw/instances/{id}/test-connectivity/".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, ClawInstanceRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ClawInstance | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", ClawInstance, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    id: int,
    *,
    client: Client,
    body: ClawInstanceRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ClawInstance]:
    """Test connectivity to the Claw instance: TLS reachability + health check.

    ``POST /api/ai-mentor/orgs/{org}/claw/instances/{id}/test-connectivity/`` (operation ``ai_mentor_orgs_claw_instances_test_connectivity_create``)

    Args:
        org (str):
        id (int):
        body (ClawInstanceRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ClawInstance]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
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
    org: str,
    id: int,
    *,
    client: Client,
    body: ClawInstanceRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ClawInstance:
    """Test connectivity to the Claw instance: TLS reachability + health check.

    ``POST /api/ai-mentor/orgs/{org}/claw/instances/{id}/test-connectivity/`` (operation ``ai_mentor_orgs_claw_instances_test_connectivity_create``)

    Args:
        org (str):
        id (int):
        body (ClawInstanceRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ClawInstance
    """

    return sync_detailed(
        org,
        id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    id: int,
    *,
    client: AsyncClient,
    body: ClawInstanceRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ClawInstance]:
    """Test connectivity to the Claw instance: TLS reachability + health check.

    ``POST /api/ai-mentor/orgs/{org}/claw/instances/{id}/test-connectivity/`` (operation ``ai_mentor_orgs_claw_instances_test_connectivity_create``)

    Args:
        org (str):
        id (int):
        body (ClawInstanceRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ClawInstance]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
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
    org: str,
    id: int,
    *,
    client: AsyncClient,
    body: ClawInstanceRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ClawInstance:
    """Test connectivity to the Claw instance: TLS reachability + health check.

    ``POST /api/ai-mentor/orgs/{org}/claw/instances/{id}/test-connectivity/`` (operation ``ai_mentor_orgs_claw_instances_test_connectivity_create``)

    Args:
        org (str):
        id (int):
        body (ClawInstanceRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ClawInstance
    """

    return (
        await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
