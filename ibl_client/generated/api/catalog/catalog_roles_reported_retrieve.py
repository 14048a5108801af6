from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.reported_role import ReportedRole
from ...types import UNSET, Unset

OPERATION_ID = "catalog_roles_reported_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ReportedRole,
}


def _get_kwargs(
    *,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/roles/reported/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ReportedRole | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ReportedRole.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[ReportedRole]:
    """Retrieve reported roles for a user.

    ``GET /api/catalog/roles/reported/`` (operation ``catalog_roles_reported_retrieve``)

    Args:
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportedRole]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> ReportedRole:
    """Retrieve reported roles for a user.

    ``GET /api/catalog/roles/reported/`` (operation ``catalog_roles_reported_retrieve``)

    Args:
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportedRole
    """

    return sync_detailed(
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[ReportedRole]:
    """Retrieve reported roles for a user.

    ``GET /api/catalog/roles/reported/`` (operation ``catalog_roles_reported_retrieve``)

    Args:
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportedRole]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> ReportedRole:
    """Retrieve reported roles for a user.

    ``GET /api/catalog/roles/reported/`` (operation ``catalog_roles_reported_retrieve``)

    Args:
        user_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportedRole
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
