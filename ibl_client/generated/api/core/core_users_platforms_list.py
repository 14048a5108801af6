from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_platform_link import UserPlatformLink
from ...types import UNSET, Unset

OPERATION_ID = "core_users_platforms_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[UserPlatformLink],
}


def _get_kwargs(
    *,
    email: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/users/platforms/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[UserPlatformLink] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserPlatformLink.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    email: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[list[UserPlatformLink]]:
    """Retrieve platforms associated with user_id

    Params: user_id username email

    ``GET /api/core/users/platforms/`` (operation ``core_users_platforms_list``)

    Args:
        email (str | Unset):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[UserPlatformLink]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    email: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> list[UserPlatformLink]:
    """Retrieve platforms associated with user_id

    Params: user_id username email

    ``GET /api/core/users/platforms/`` (operation ``core_users_platforms_list``)

    Args:
        email (str | Unset):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[UserPlatformLink]
    """

    return sync_detailed(
        email=email,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    email: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[list[UserPlatformLink]]:
    """Retrieve platforms associated with user_id

    Params: user_id username email

    ``GET /api/core/users/platforms/`` (operation ``core_users_platforms_list``)

    Args:
        email (str | Unset):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[UserPlatformLink]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    email: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> list[UserPlatformLink]:
    """Retrieve platforms associated with user_id

    Params: user_id username email

    ``GET /api/core/users/platforms/`` (operation ``core_users_platforms_list``)

    Args:
        email (str | Unset):
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[UserPlatformLink]
    """

    return (
        await asyncio_detailed(
            email=email,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
