from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_heygen_marketing_video_list_list import (
    PaginatedHeygenMarketingVideoListList,
)
from ...types import UNSET, Unset

OPERATION_ID = "ai_marketing_orgs_users_heygen_videos_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedHeygenMarketingVideoListList,
}


def _get_kwargs(
    org: str,
    user_id: str,
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
        "url": "/api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedHeygenMarketingVideoListList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedHeygenMarketingVideoListList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedHeygenMarketingVideoListList]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/`` (operation ``ai_marketing_orgs_users_heygen_videos_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedHeygenMarketingVideoListList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedHeygenMarketingVideoListList:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/`` (operation ``ai_marketing_orgs_users_heygen_videos_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedHeygenMarketingVideoListList
    """

    return sync_detailed(
        org,
        user_id,
        page=page,
        page_size=page_size,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedHeygenMarketingVideoListList]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/`` (operation ``ai_marketing_orgs_users_heygen_videos_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedHeygenMarketingVideoListList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedHeygenMarketingVideoListList:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/`` (operation ``ai_marketing_orgs_users_heygen_videos_list``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedHeygenMarketingVideoListList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=client,
        )
    ).unwrap()
