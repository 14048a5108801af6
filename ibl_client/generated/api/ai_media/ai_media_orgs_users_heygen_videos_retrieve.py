from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.heygen_video_detail import HeygenVideoDetail

OPERATION_ID = "ai_media_orgs_users_heygen_videos_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: HeygenVideoDetail,
}


def _get_kwargs(
    org: str,
    user_id: str,
    heygen_marketing_video_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/{heygen_marketing_video_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            heygen_marketing_video_id=quote(str(heygen_marketing_video_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> HeygenVideoDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = HeygenVideoDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    heygen_marketing_video_id: str,
    *,
    client: Client,
) -> Response[HeygenVideoDetail]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/{heygen_marketing_video_id}/`` (operation ``ai_media_orgs_users_heygen_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        heygen_marketing_video_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[HeygenVideoDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            heygen_marketing_video_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    heygen_marketing_video_id: str,
    *,
    client: Client,
) -> HeygenVideoDetail:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/{heygen_marketing_video_id}/`` (operation ``ai_media_orgs_users_heygen_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        heygen_marketing_video_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        HeygenVideoDetail
    """

    return sync_detailed(
        org,
        user_id,
        heygen_marketing_video_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    heygen_marketing_video_id: str,
    *,
    client: AsyncClient,
) -> Response[HeygenVideoDetail]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/{heygen_marketing_video_id}/`` (operation ``ai_media_orgs_users_heygen_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        heygen_marketing_video_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[HeygenVideoDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            heygen_marketing_video_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    heygen_marketing_video_id: str,
    *,
    client: AsyncClient,
) -> HeygenVideoDetail:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/{heygen_marketing_video_id}/`` (operation ``ai_media_orgs_users_heygen_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        heygen_marketing_video_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        HeygenVideoDetail
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            client=client,
        )
    ).unwrap()
