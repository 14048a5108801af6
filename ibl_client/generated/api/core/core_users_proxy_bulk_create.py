from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    request_body,
    within,
)
from ...models.core_users_proxy_bulk_create_response_200_item import (
    CoreUsersProxyBulkCreateResponse200Item,
)
from ...models.user_proxy_bulk_request import UserProxyBulkRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_users_proxy_bulk_create"


def _get_kwargs(
    *,
    body: UserProxyBulkRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/users/proxy/bulk/",
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, UserProxyBulkRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> list[CoreUsersProxyBulkCreateResponse200Item] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise FieldError("response_200", "an array", _response_200)
        response_200 = []
        for _response_200_index, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = nested(
                    "response_200_item",
                    CoreUsersProxyBulkCreateResponse200Item,
                    response_200_item_data,
                )

            except PARSE_ERRORS as _response_200_error:
                raise within(
                    ("response_200", _response_200_index), _response_200_error, "response_200_item"
                ) from _response_200_error
            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: UserProxyBulkRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[CoreUsersProxyBulkCreateResponse200Item]]:
    """Add proxy users by bulk

    Params: users: list of user objects ``` [
    {"user_id": 1, ...},
    {"user_id": 2, ...} ] ```

    ``POST /api/core/users/proxy/bulk/`` (operation ``core_users_proxy_bulk_create``)

    Args:
        body (UserProxyBulkRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[CoreUsersProxyBulkCreateResponse200Item]]: status, headers, raw body and parsed model.
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
    body: UserProxyBulkRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[CoreUsersProxyBulkCreateResponse200Item]:
    """Add proxy users by bulk

    Params: users: list of user objects ``` [
    {"user_id": 1, ...},
    {"user_id": 2, ...} ] ```

    ``POST /api/core/users/proxy/bulk/`` (operation ``core_users_proxy_bulk_create``)

    Args:
        body (UserProxyBulkRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[CoreUsersProxyBulkCreateResponse200Item]
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
    body: UserProxyBulkRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[CoreUsersProxyBulkCreateResponse200Item]]:
    """Add proxy users by bulk

    Params: users: list of user objects ``` [
    {"user_id": 1, ...},
    {"user_id": 2, ...} ] ```

    ``POST /api/core/users/proxy/bulk/`` (operation ``core_users_proxy_bulk_create``)

    Args:
        body (UserProxyBulkRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[CoreUsersProxyBulkCreateResponse200Item]]: status, headers, raw body and parsed model.
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
    body: UserProxyBulkRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[CoreUsersProxyBulkCreateResponse200Item]:
    """Add proxy users by bulk

    Params: users: list of user objects ``` [
    {"user_id": 1, ...},
    {"user_id": 2, ...} ] ```

    ``POST /api/core/users/proxy/bulk/`` (operation ``core_users_proxy_bulk_create``)

    Args:
        body (UserProxyBulkRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[CoreUsersProxyBulkCreateResponse200Item]
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
