from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_delete_api_request import UserDeleteAPIRequest
from ...models.user_delete_api_response import UserDeleteAPIResponse
from ...types import UNSET, Unset

OPERATION_ID = "core_users_delete_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    202: UserDeleteAPIResponse,
}


def _get_kwargs(
    *,
    body: UserDeleteAPIRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/users/delete/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserDeleteAPIResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 202:
        response_202 = UserDeleteAPIResponse.from_dict(response.json())

        return response_202

    return None


def sync_detailed(
    *,
    client: Client,
    body: UserDeleteAPIRequest | Unset = UNSET,
) -> Response[UserDeleteAPIResponse]:
    """Initiates the account deletion process for the authenticated user or specified username.

    ``POST /api/core/users/delete/`` (operation ``core_users_delete_create``)

    Args:
        body (UserDeleteAPIRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserDeleteAPIResponse]: status, headers, raw body and parsed model.
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
    body: UserDeleteAPIRequest | Unset = UNSET,
) -> UserDeleteAPIResponse:
    """Initiates the account deletion process for the authenticated user or specified username.

    ``POST /api/core/users/delete/`` (operation ``core_users_delete_create``)

    Args:
        body (UserDeleteAPIRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserDeleteAPIResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: UserDeleteAPIRequest | Unset = UNSET,
) -> Response[UserDeleteAPIResponse]:
    """Initiates the account deletion process for the authenticated user or specified username.

    ``POST /api/core/users/delete/`` (operation ``core_users_delete_create``)

    Args:
        body (UserDeleteAPIRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserDeleteAPIResponse]: status, headers, raw body and parsed model.
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
    body: UserDeleteAPIRequest | Unset = UNSET,
) -> UserDeleteAPIResponse:
    """Initiates the account deletion process for the authenticated user or specified username.

    ``POST /api/core/users/delete/`` (operation ``core_users_delete_create``)

    Args:
        body (UserDeleteAPIRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserDeleteAPIResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
