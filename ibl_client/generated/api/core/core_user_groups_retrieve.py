from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_group import UserGroup

OPERATION_ID = "core_user_groups_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserGroup,
}


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/user-groups/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UserGroup | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserGroup.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    id: int,
    *,
    client: Client,
) -> Response[UserGroup]:
    """Retrieve UserGroup

    Retrieve details of a specific UserGroup including assigned users.

    ``GET /api/core/user-groups/{id}/`` (operation ``core_user_groups_retrieve``)

    Args:
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserGroup]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
        ),
        _parse_response,
    )


def sync(
    id: int,
    *,
    client: Client,
) -> UserGroup:
    """Retrieve UserGroup

    Retrieve details of a specific UserGroup including assigned users.

    ``GET /api/core/user-groups/{id}/`` (operation ``core_user_groups_retrieve``)

    Args:
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserGroup
    """

    return sync_detailed(
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    id: int,
    *,
    client: AsyncClient,
) -> Response[UserGroup]:
    """Retrieve UserGroup

    Retrieve details of a specific UserGroup including assigned users.

    ``GET /api/core/user-groups/{id}/`` (operation ``core_user_groups_retrieve``)

    Args:
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserGroup]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
        ),
        _parse_response,
    )


async def asyncio(
    id: int,
    *,
    client: AsyncClient,
) -> UserGroup:
    """Retrieve UserGroup

    Retrieve details of a specific UserGroup including assigned users.

    ``GET /api/core/user-groups/{id}/`` (operation ``core_user_groups_retrieve``)

    Args:
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserGroup
    """

    return (
        await asyncio_detailed(
            id,
            client=client,
        )
    ).unwrap()
