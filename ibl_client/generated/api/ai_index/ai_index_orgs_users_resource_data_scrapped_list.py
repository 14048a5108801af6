from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.resource_scrapped_data import ResourceScrappedData
from ...types import UNSET, Unset

OPERATION_ID = "ai_index_orgs_users_resource_data_scrapped_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[ResourceScrappedData],
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    is_archive: bool | Unset = UNSET,
    is_like: bool | Unset = UNSET,
    is_video: bool | Unset = UNSET,
    search_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_archive"] = is_archive

    params["is_like"] = is_like

    params["is_video"] = is_video

    params["search_key"] = search_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-index/orgs/{org}/users/{user_id}/resource/data/scrapped/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[ResourceScrappedData] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ResourceScrappedData.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    is_archive: bool | Unset = UNSET,
    is_like: bool | Unset = UNSET,
    is_video: bool | Unset = UNSET,
    search_key: str | Unset = UNSET,
) -> Response[list[ResourceScrappedData]]:
    """Retrieve and filter scraped data from resources.

    This endpoint returns a list of scraped data from resources associated with the specified user,
    with optional filtering based on query parameters.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: The username of the user whose resources to retrieve.

    Returns:
    Response: A list of scraped resource data matching the filter criteria.

    Raises:
    BadRequest: If the username is invalid or query parameters are incorrect.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/resource/data/scrapped/`` (operation ``ai_index_orgs_users_resource_data_scrapped_list``)

    Args:
        org (str):
        user_id (str):
        is_archive (bool | Unset):
        is_like (bool | Unset):
        is_video (bool | Unset):
        search_key (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ResourceScrappedData]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            is_archive=is_archive,
            is_like=is_like,
            is_video=is_video,
            search_key=search_key,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    is_archive: bool | Unset = UNSET,
    is_like: bool | Unset = UNSET,
    is_video: bool | Unset = UNSET,
    search_key: str | Unset = UNSET,
) -> list[ResourceScrappedData]:
    """Retrieve and filter scraped data from resources.

    This endpoint returns a list of scraped data from resources associated with the specified user,
    with optional filtering based on query parameters.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: The username of the user whose resources to retrieve.

    Returns:
    Response: A list of scraped resource data matching the filter criteria.

    Raises:
    BadRequest: If the username is invalid or query parameters are incorrect.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/resource/data/scrapped/`` (operation ``ai_index_orgs_users_resource_data_scrapped_list``)

    Args:
        org (str):
        user_id (str):
        is_archive (bool | Unset):
        is_like (bool | Unset):
        is_video (bool | Unset):
        search_key (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ResourceScrappedData]
    """

    return sync_detailed(
        org,
        user_id,
        is_archive=is_archive,
        is_like=is_like,
        is_video=is_video,
        search_key=search_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    is_archive: bool | Unset = UNSET,
    is_like: bool | Unset = UNSET,
    is_video: bool | Unset = UNSET,
    search_key: str | Unset = UNSET,
) -> Response[list[ResourceScrappedData]]:
    """Retrieve and filter scraped data from resources.

    This endpoint returns a list of scraped data from resources associated with the specified user,
    with optional filtering based on query parameters.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: The username of the user whose resources to retrieve.

    Returns:
    Response: A list of scraped resource data matching the filter criteria.

    Raises:
    BadRequest: If the username is invalid or query parameters are incorrect.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/resource/data/scrapped/`` (operation ``ai_index_orgs_users_resource_data_scrapped_list``)

    Args:
        org (str):
        user_id (str):
        is_archive (bool | Unset):
        is_like (bool | Unset):
        is_video (bool | Unset):
        search_key (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ResourceScrappedData]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            is_archive=is_archive,
            is_like=is_like,
            is_video=is_video,
            search_key=search_key,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    is_archive: bool | Unset = UNSET,
    is_like: bool | Unset = UNSET,
    is_video: bool | Unset = UNSET,
    search_key: str | Unset = UNSET,
) -> list[ResourceScrappedData]:
    """Retrieve and filter scraped data from resources.

    This endpoint returns a list of scraped data from resources associated with the specified user,
    with optional filtering based on query parameters.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: The username of the user whose resources to retrieve.

    Returns:
    Response: A list of scraped resource data matching the filter criteria.

    Raises:
    BadRequest: If the username is invalid or query parameters are incorrect.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/resource/data/scrapped/`` (operation ``ai_index_orgs_users_resource_data_scrapped_list``)

    Args:
        org (str):
        user_id (str):
        is_archive (bool | Unset):
        is_like (bool | Unset):
        is_video (bool | Unset):
        search_key (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ResourceScrappedData]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            is_archive=is_archive,
            is_like=is_like,
            is_video=is_video,
            search_key=search_key,
            client=client,
        )
    ).unwrap()
