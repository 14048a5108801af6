from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.core_users_proxy_bulk_create_response_200_item import (
    CoreUsersProxyBulkCreateResponse200Item,
)
from ...models.user_proxy_bulk_request import UserProxyBulkRequest

OPERATION_ID = "core_users_proxy_bulk_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[CoreUsersProxyBulkCreateResponse200Item],
}


def _get_kwargs(
    *,
    body: UserProxyBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/users/proxy/bulk/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> list[CoreUsersProxyBulkCreateResponse200Item] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CoreUsersProxyBulkCreateResponse200Item.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: UserProxyBulkRequest,
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
    )


def sync(
    *,
    client: Client,
    body: UserProxyBulkRequest,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: UserProxyBulkRequest,
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
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: UserProxyBulkRequest,
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
            client=client,
        )
    ).unwrap()
