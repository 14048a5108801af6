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
from ...models.assertion import Assertion
from ...models.assertion_request import AssertionRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "credentials_orgs_users_assertions_create2"


def _get_kwargs(
    platform_key: str,
    username: str,
    entity_id: str,
    *,
    body: AssertionRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/".format(
            platform_key=quote(str(platform_key), safe=""),
            username=quote(str(username), safe=""),
            entity_id=quote(str(entity_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, AssertionRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Assertion | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", Assertion, response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    username: str,
    entity_id: str,
    *,
    client: Client,
    body: AssertionRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Assertion]:
    """``POST /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/`` (operation ``credentials_orgs_users_assertions_create2``)

    Args:
        platform_key (str):
        username (str):
        entity_id (str):
        body (AssertionRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Assertion]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            username,
            entity_id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    platform_key: str,
    username: str,
    entity_id: str,
    *,
    client: Client,
    body: AssertionRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Assertion:
    """``POST /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/`` (operation ``credentials_orgs_users_assertions_create2``)

    Args:
        platform_key (str):
        username (str):
        entity_id (str):
        body (AssertionRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Assertion
    """

    return sync_detailed(
        platform_key,
        username,
        entity_id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    username: str,
    entity_id: str,
    *,
    client: AsyncClient,
    body: AssertionRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Assertion]:
    """``POST /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/`` (operation ``credentials_orgs_users_assertions_create2``)

    Args:
        platform_key (str):
        username (str):
        entity_id (str):
        body (AssertionRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Assertion]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            username,
            entity_id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    platform_key: str,
    username: str,
    entity_id: str,
    *,
    client: AsyncClient,
    body: AssertionRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Assertion:
    """``POST /api/credentials/orgs/{platform_key}/users/{username}/{entity_id}/assertions/`` (operation ``credentials_orgs_users_assertions_create2``)

    Args:
        platform_key (str):
        username (str):
        entity_id (str):
        body (AssertionRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Assertion
    """

    return (
        await asyncio_detailed(
            platform_key,
            username,
            entity_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
