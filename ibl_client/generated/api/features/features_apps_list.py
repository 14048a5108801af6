from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_user_app_list import PaginatedUserAppList
from ...types import UNSET, Unset

OPERATION_ID = "features_apps_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedUserAppList,
}


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/features/apps/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedUserAppList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedUserAppList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedUserAppList]:
    """Returns a list of the apps that the user has access to.

    ``GET /api/features/apps/`` (operation ``features_apps_list``)

    Args:
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedUserAppList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserAppList:
    """Returns a list of the apps that the user has access to.

    ``GET /api/features/apps/`` (operation ``features_apps_list``)

    Args:
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedUserAppList
    """

    return sync_detailed(
        page=page,
        page_size=page_size,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedUserAppList]:
    """Returns a list of the apps that the user has access to.

    ``GET /api/features/apps/`` (operation ``features_apps_list``)

    Args:
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedUserAppList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserAppList:
    """Returns a list of the apps that the user has access to.

    ``GET /api/features/apps/`` (operation ``features_apps_list``)

    Args:
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedUserAppList
    """

    return (
        await asyncio_detailed(
            page=page,
            page_size=page_size,
            client=client,
        )
    ).unwrap()
