from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ...models.user_platform_link import UserPlatformLink
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_users_platforms_list"


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
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise FieldError("response_200", "an array", _response_200)
        response_200 = []
        for _response_200_index, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = nested(
                    "response_200_item", UserPlatformLink, response_200_item_data
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
    email: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    email: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    email: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    email: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
