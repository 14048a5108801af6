from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.heygen_marketing_video_detail import HeygenMarketingVideoDetail

OPERATION_ID = "ai_marketing_orgs_users_heygen_videos_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: HeygenMarketingVideoDetail,
}


def _get_kwargs(
    org: str,
    user_id: str,
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/{name}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            name=quote(str(name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> HeygenMarketingVideoDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = HeygenMarketingVideoDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    name: str,
    *,
    client: Client,
) -> Response[HeygenMarketingVideoDetail]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/{name}/`` (operation ``ai_marketing_orgs_users_heygen_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[HeygenMarketingVideoDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            name,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    name: str,
    *,
    client: Client,
) -> HeygenMarketingVideoDetail:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/{name}/`` (operation ``ai_marketing_orgs_users_heygen_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        HeygenMarketingVideoDetail
    """

    return sync_detailed(
        org,
        user_id,
        name,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    name: str,
    *,
    client: AsyncClient,
) -> Response[HeygenMarketingVideoDetail]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/{name}/`` (operation ``ai_marketing_orgs_users_heygen_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[HeygenMarketingVideoDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            name,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    name: str,
    *,
    client: AsyncClient,
) -> HeygenMarketingVideoDetail:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/{name}/`` (operation ``ai_marketing_orgs_users_heygen_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        HeygenMarketingVideoDetail
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            name,
            client=client,
        )
    ).unwrap()
