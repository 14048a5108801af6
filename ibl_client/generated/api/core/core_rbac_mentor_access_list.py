from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_policy import MentorPolicy
from ...types import UNSET

OPERATION_ID = "core_rbac_mentor_access_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[MentorPolicy],
}


def _get_kwargs(
    *,
    mentor_id: int,
    platform_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mentor_id"] = mentor_id

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/rbac/mentor-access/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[MentorPolicy] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MentorPolicy.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    mentor_id: int,
    platform_key: str,
) -> Response[list[MentorPolicy]]:
    """Get mentor access status

    Retrieve current access information for a specific mentor, including all groups and users that
    have access with their respective roles.

    ``GET /api/core/rbac/mentor-access/`` (operation ``core_rbac_mentor_access_list``)

    Args:
        mentor_id (int):
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[MentorPolicy]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            mentor_id=mentor_id,
            platform_key=platform_key,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    mentor_id: int,
    platform_key: str,
) -> list[MentorPolicy]:
    """Get mentor access status

    Retrieve current access information for a specific mentor, including all groups and users that
    have access with their respective roles.

    ``GET /api/core/rbac/mentor-access/`` (operation ``core_rbac_mentor_access_list``)

    Args:
        mentor_id (int):
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[MentorPolicy]
    """

    return sync_detailed(
        mentor_id=mentor_id,
        platform_key=platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    mentor_id: int,
    platform_key: str,
) -> Response[list[MentorPolicy]]:
    """Get mentor access status

    Retrieve current access information for a specific mentor, including all groups and users that
    have access with their respective roles.

    ``GET /api/core/rbac/mentor-access/`` (operation ``core_rbac_mentor_access_list``)

    Args:
        mentor_id (int):
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[MentorPolicy]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            mentor_id=mentor_id,
            platform_key=platform_key,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    mentor_id: int,
    platform_key: str,
) -> list[MentorPolicy]:
    """Get mentor access status

    Retrieve current access information for a specific mentor, including all groups and users that
    have access with their respective roles.

    ``GET /api/core/rbac/mentor-access/`` (operation ``core_rbac_mentor_access_list``)

    Args:
        mentor_id (int):
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[MentorPolicy]
    """

    return (
        await asyncio_detailed(
            mentor_id=mentor_id,
            platform_key=platform_key,
            client=client,
        )
    ).unwrap()
