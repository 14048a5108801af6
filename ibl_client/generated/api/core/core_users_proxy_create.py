from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_proxy_post_request import UserProxyPostRequest
from ...models.user_proxy_post_response import UserProxyPostResponse

OPERATION_ID = "core_users_proxy_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserProxyPostResponse,
}


def _get_kwargs(
    *,
    body: UserProxyPostRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/users/proxy/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserProxyPostResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserProxyPostResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: UserProxyPostRequest,
) -> Response[UserProxyPostResponse]:
    """Add proxy user

    Params: user_id username email edx_data data

    ``POST /api/core/users/proxy/`` (operation ``core_users_proxy_create``)

    Args:
        body (UserProxyPostRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserProxyPostResponse]: status, headers, raw body and parsed model.
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
    body: UserProxyPostRequest,
) -> UserProxyPostResponse:
    """Add proxy user

    Params: user_id username email edx_data data

    ``POST /api/core/users/proxy/`` (operation ``core_users_proxy_create``)

    Args:
        body (UserProxyPostRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserProxyPostResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: UserProxyPostRequest,
) -> Response[UserProxyPostResponse]:
    """Add proxy user

    Params: user_id username email edx_data data

    ``POST /api/core/users/proxy/`` (operation ``core_users_proxy_create``)

    Args:
        body (UserProxyPostRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserProxyPostResponse]: status, headers, raw body and parsed model.
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
    body: UserProxyPostRequest,
) -> UserProxyPostResponse:
    """Add proxy user

    Params: user_id username email edx_data data

    ``POST /api/core/users/proxy/`` (operation ``core_users_proxy_create``)

    Args:
        body (UserProxyPostRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserProxyPostResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
