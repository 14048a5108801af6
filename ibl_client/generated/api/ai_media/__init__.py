"""Operations tagged ``ai_media`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiMediaApi` / `AiMediaApi`, reached as
``client.ai_media``. A method imports its operation module on first call.
A pageable operation also has an ``_iter`` method: a pager over the items of every page
(ibl_client/_pagination.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._pagination import AsyncPager, Pager
    from ...._response import Response
    from ...models.ai_media_orgs_users_veo_videos_create_body import (
        AiMediaOrgsUsersVeoVideosCreateBody,
    )
    from ...models.audio_to_text_request import AudioToTextRequest
    from ...models.heygen_marketing_video_list import HeygenMarketingVideoList
    from ...models.heygen_template_request import HeygenTemplateRequest
    from ...models.heygen_template_response_single import HeygenTemplateResponseSingle
    from ...models.heygen_video_detail import HeygenVideoDetail
    from ...models.heygen_video_request import HeygenVideoRequest
    from ...models.paginated_heygen_marketing_video_list_list import (
        PaginatedHeygenMarketingVideoListList,
    )
    from ...models.paginated_heygen_template_response_single_list import (
        PaginatedHeygenTemplateResponseSingleList,
    )
    from ...models.paginated_veo_video_list_list import PaginatedVeoVideoListList
    from ...models.veo_video_detail import VeoVideoDetail
    from ...models.veo_video_list import VeoVideoList
    from ...types import UNSET, Unset


class AsyncAiMediaApi:
    """The ``ai_media`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ai_media_orgs_users_heygen_templates_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedHeygenTemplateResponseSingleList:
        """API view to list or append Heygen template ids for a tenant.

        ``GET /api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/`` (operation ``ai_media_orgs_users_heygen_templates_list``)

        Args:
            org (str):
            user_id (str):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedHeygenTemplateResponseSingleList
        """

        from .ai_media_orgs_users_heygen_templates_list import asyncio

        return await asyncio(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_templates_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedHeygenTemplateResponseSingleList]:
        """Like `ai_media_orgs_users_heygen_templates_list`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_templates_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[HeygenTemplateResponseSingle]:
        """Every `HeygenTemplateResponseSingle` of `ai_media_orgs_users_heygen_templates_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_media_orgs_users_heygen_templates_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_media_orgs_users_heygen_templates_create(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenTemplateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HeygenTemplateResponseSingle:
        """Endpoint to add a Heygen template id to an org.

        Only platform admins have access to this endpoint.

        ``POST /api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/`` (operation ``ai_media_orgs_users_heygen_templates_create``)

        Args:
            org (str):
            user_id (str):
            body (HeygenTemplateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            HeygenTemplateResponseSingle
        """

        from .ai_media_orgs_users_heygen_templates_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_templates_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenTemplateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HeygenTemplateResponseSingle]:
        """Like `ai_media_orgs_users_heygen_templates_create`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_templates_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_templates_destroy(
        self,
        org: str,
        user_id: str,
        template_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Endpoint to delete a Heygen template id for an org.
        The reponse status code is always 204 when no error.
        Only platform admins have access to this endpoint.

        ``DELETE /api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/{template_name}/`` (operation ``ai_media_orgs_users_heygen_templates_destroy``)

        Args:
            org (str):
            user_id (str):
            template_name (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_media_orgs_users_heygen_templates_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            template_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_templates_destroy_detailed(
        self,
        org: str,
        user_id: str,
        template_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_media_orgs_users_heygen_templates_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_templates_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            template_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_captions_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Endpoint to download caption for a video.

        ``GET /api/ai-media/orgs/{org}/users/{user_id}/heygen/video-captions/{heygen_marketing_video_id}/`` (operation ``ai_media_orgs_users_heygen_video_captions_retrieve``)

        Args:
            org (str):
            user_id (str):
            heygen_marketing_video_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .ai_media_orgs_users_heygen_video_captions_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_captions_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `ai_media_orgs_users_heygen_video_captions_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_video_captions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_captions_create(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        body: AudioToTextRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HeygenVideoDetail:
        """Endpoint to upload a new caption for a generated video.

        Only platform admins have access to this endpoint.

        ``POST /api/ai-media/orgs/{org}/users/{user_id}/heygen/video-captions/{heygen_marketing_video_id}/`` (operation ``ai_media_orgs_users_heygen_video_captions_create``)

        Args:
            org (str):
            user_id (str):
            heygen_marketing_video_id (str):
            body (AudioToTextRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            HeygenVideoDetail
        """

        from .ai_media_orgs_users_heygen_video_captions_create import asyncio

        return await asyncio(
            org,
            user_id,
            heygen_marketing_video_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_captions_create_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        body: AudioToTextRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HeygenVideoDetail]:
        """Like `ai_media_orgs_users_heygen_video_captions_create`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_video_captions_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_download_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Endpoint used to download a heygen video.
        Only platform admins have access to this endpoint.

        ``GET /api/ai-media/orgs/{org}/users/{user_id}/heygen/video-download/{heygen_marketing_video_id}/`` (operation ``ai_media_orgs_users_heygen_video_download_retrieve``)

        Args:
            org (str):
            user_id (str):
            heygen_marketing_video_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .ai_media_orgs_users_heygen_video_download_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_download_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `ai_media_orgs_users_heygen_video_download_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_video_download_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedHeygenMarketingVideoListList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``GET /api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/`` (operation ``ai_media_orgs_users_heygen_videos_list``)

        Args:
            org (str):
            user_id (str):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedHeygenMarketingVideoListList
        """

        from .ai_media_orgs_users_heygen_videos_list import asyncio

        return await asyncio(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedHeygenMarketingVideoListList]:
        """Like `ai_media_orgs_users_heygen_videos_list`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_videos_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[HeygenMarketingVideoList]:
        """Every `HeygenMarketingVideoList` of `ai_media_orgs_users_heygen_videos_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_media_orgs_users_heygen_videos_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_media_orgs_users_heygen_videos_create(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenVideoRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HeygenVideoDetail:
        """Endpoint to create a Heygen video

        Only platform admins have access to this endpoint.

        ``POST /api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/`` (operation ``ai_media_orgs_users_heygen_videos_create``)

        Args:
            org (str):
            user_id (str):
            body (HeygenVideoRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            HeygenVideoDetail
        """

        from .ai_media_orgs_users_heygen_videos_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenVideoRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HeygenVideoDetail]:
        """Like `ai_media_orgs_users_heygen_videos_create`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_videos_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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

        from .ai_media_orgs_users_heygen_videos_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HeygenVideoDetail]:
        """Like `ai_media_orgs_users_heygen_videos_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_videos_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_destroy(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Endpoint used to delete a heygen video.

        Only platform admins have access to this endpoint.

        ``DELETE /api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/{heygen_marketing_video_id}/`` (operation ``ai_media_orgs_users_heygen_videos_destroy``)

        Args:
            org (str):
            user_id (str):
            heygen_marketing_video_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_media_orgs_users_heygen_videos_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_destroy_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_media_orgs_users_heygen_videos_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_videos_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_veo_video_download_retrieve(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Endpoint used to download a Veo video.
        Only platform admins have access to this endpoint.

        ``GET /api/ai-media/orgs/{org}/users/{user_id}/veo/video-download/{veo_video_id}/`` (operation ``ai_media_orgs_users_veo_video_download_retrieve``)

        Args:
            org (str):
            user_id (str):
            veo_video_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .ai_media_orgs_users_veo_video_download_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_veo_video_download_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `ai_media_orgs_users_veo_video_download_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_veo_video_download_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_veo_videos_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedVeoVideoListList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``GET /api/ai-media/orgs/{org}/users/{user_id}/veo/videos/`` (operation ``ai_media_orgs_users_veo_videos_list``)

        Args:
            org (str):
            user_id (str):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedVeoVideoListList
        """

        from .ai_media_orgs_users_veo_videos_list import asyncio

        return await asyncio(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_veo_videos_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedVeoVideoListList]:
        """Like `ai_media_orgs_users_veo_videos_list`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_veo_videos_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_veo_videos_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[VeoVideoList]:
        """Every `VeoVideoList` of `ai_media_orgs_users_veo_videos_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_media_orgs_users_veo_videos_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_media_orgs_users_veo_videos_create(
        self,
        org: str,
        user_id: str,
        *,
        body: AiMediaOrgsUsersVeoVideosCreateBody | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> VeoVideoDetail:
        """Endpoint to create a Veo3 video

        Only platform admins have access to this endpoint.

        ``POST /api/ai-media/orgs/{org}/users/{user_id}/veo/videos/`` (operation ``ai_media_orgs_users_veo_videos_create``)

        Args:
            org (str):
            user_id (str):
            body (AiMediaOrgsUsersVeoVideosCreateBody):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            VeoVideoDetail
        """

        from .ai_media_orgs_users_veo_videos_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_veo_videos_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: AiMediaOrgsUsersVeoVideosCreateBody | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[VeoVideoDetail]:
        """Like `ai_media_orgs_users_veo_videos_create`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_veo_videos_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_veo_videos_retrieve(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> VeoVideoDetail:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``GET /api/ai-media/orgs/{org}/users/{user_id}/veo/videos/{veo_video_id}/`` (operation ``ai_media_orgs_users_veo_videos_retrieve``)

        Args:
            org (str):
            user_id (str):
            veo_video_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            VeoVideoDetail
        """

        from .ai_media_orgs_users_veo_videos_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_veo_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[VeoVideoDetail]:
        """Like `ai_media_orgs_users_veo_videos_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_veo_videos_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_veo_videos_destroy(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Endpoint used to delete a veo3 video.

        Only platform admins have access to this endpoint.

        ``DELETE /api/ai-media/orgs/{org}/users/{user_id}/veo/videos/{veo_video_id}/`` (operation ``ai_media_orgs_users_veo_videos_destroy``)

        Args:
            org (str):
            user_id (str):
            veo_video_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_media_orgs_users_veo_videos_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_veo_videos_destroy_detailed(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_media_orgs_users_veo_videos_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_veo_videos_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_video_script_generation_audio_create(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Endpoint to generate video scripts from a audio file. The audio file can be one of mp3 and wav.

        The request should be a multipart form with your audio file in the `file` field.

        Initial Response: ``` {"script": None, "status": "started_generation", "generation_id": "your-
        generation-id."} ``` This signals the generation has started. You can use the generation id to
        query video script generation status from this endpoint, using a JSON like below: ```
        {"generation_id": "your-generation-id"} ```

        Example response: ``` {"script": "hello this is a video script.", "status": "finished",
        "generation_id": "your-generation-id"}

        ```

        ``POST /api/ai-media/orgs/{org}/users/{user_id}/video-script-generation/audio/`` (operation ``ai_media_orgs_users_video_script_generation_audio_create``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .ai_media_orgs_users_video_script_generation_audio_create import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_video_script_generation_audio_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `ai_media_orgs_users_video_script_generation_audio_create`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_video_script_generation_audio_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_video_script_generation_document_create(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Endpoint to generate video scripts from a document file. The document file can be one of docx,
        doc, pptx, ppt, txt and pdf.
        The request should be a multipart form with your document file in the `file` field. Initial
        Response:
        ```
        {"script": None, "status": "started_generation", "generation_id": "your-generation-id."}
        ```
        This signals the generation has started. You can use the generation id to query video script
        generation status from this endpoint, using a JSON like below:
        ```
        {"generation_id": "your-generation-id"}
        ```
        Example response:
        ```
        {"script": "hello this is a video script.", "status": "finished", "generation_id": "your-
        generation-id"}
        ```

        ``POST /api/ai-media/orgs/{org}/users/{user_id}/video-script-generation/document/`` (operation ``ai_media_orgs_users_video_script_generation_document_create``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .ai_media_orgs_users_video_script_generation_document_create import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_video_script_generation_document_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `ai_media_orgs_users_video_script_generation_document_create`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_video_script_generation_document_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_video_script_generation_text_create(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Endpoint to generate video scripts from a text.

        The request body should be a JSON with your text, like below: ``` {"text": "Generate a script
        about a campus comedy."} ```

        Example response: ``` {"script": "hello this is a video script."}

        ```

        ``POST /api/ai-media/orgs/{org}/users/{user_id}/video-script-generation/text/`` (operation ``ai_media_orgs_users_video_script_generation_text_create``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .ai_media_orgs_users_video_script_generation_text_create import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_media_orgs_users_video_script_generation_text_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `ai_media_orgs_users_video_script_generation_text_create`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_video_script_generation_text_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class AiMediaApi:
    """The ``ai_media`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def ai_media_orgs_users_heygen_templates_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedHeygenTemplateResponseSingleList:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_list`."""
        from .ai_media_orgs_users_heygen_templates_list import sync

        return sync(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedHeygenTemplateResponseSingleList]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_list_detailed`."""
        from .ai_media_orgs_users_heygen_templates_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[HeygenTemplateResponseSingle]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_media_orgs_users_heygen_templates_list import sync

        return paginate(
            sync,
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_media_orgs_users_heygen_templates_create(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenTemplateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HeygenTemplateResponseSingle:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_create`."""
        from .ai_media_orgs_users_heygen_templates_create import sync

        return sync(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenTemplateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HeygenTemplateResponseSingle]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_create_detailed`."""
        from .ai_media_orgs_users_heygen_templates_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_destroy(
        self,
        org: str,
        user_id: str,
        template_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_destroy`."""
        from .ai_media_orgs_users_heygen_templates_destroy import sync

        return sync(
            org,
            user_id,
            template_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_destroy_detailed(
        self,
        org: str,
        user_id: str,
        template_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_destroy_detailed`."""
        from .ai_media_orgs_users_heygen_templates_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            template_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_captions_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_captions_retrieve`."""
        from .ai_media_orgs_users_heygen_video_captions_retrieve import sync

        return sync(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_captions_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_captions_retrieve_detailed`."""
        from .ai_media_orgs_users_heygen_video_captions_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_captions_create(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        body: AudioToTextRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HeygenVideoDetail:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_captions_create`."""
        from .ai_media_orgs_users_heygen_video_captions_create import sync

        return sync(
            org,
            user_id,
            heygen_marketing_video_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_captions_create_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        body: AudioToTextRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HeygenVideoDetail]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_captions_create_detailed`."""
        from .ai_media_orgs_users_heygen_video_captions_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_download_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_download_retrieve`."""
        from .ai_media_orgs_users_heygen_video_download_retrieve import sync

        return sync(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_download_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_download_retrieve_detailed`."""
        from .ai_media_orgs_users_heygen_video_download_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedHeygenMarketingVideoListList:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_list`."""
        from .ai_media_orgs_users_heygen_videos_list import sync

        return sync(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedHeygenMarketingVideoListList]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_list_detailed`."""
        from .ai_media_orgs_users_heygen_videos_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[HeygenMarketingVideoList]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_media_orgs_users_heygen_videos_list import sync

        return paginate(
            sync,
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_media_orgs_users_heygen_videos_create(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenVideoRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HeygenVideoDetail:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_create`."""
        from .ai_media_orgs_users_heygen_videos_create import sync

        return sync(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenVideoRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HeygenVideoDetail]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_create_detailed`."""
        from .ai_media_orgs_users_heygen_videos_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HeygenVideoDetail:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_retrieve`."""
        from .ai_media_orgs_users_heygen_videos_retrieve import sync

        return sync(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HeygenVideoDetail]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_retrieve_detailed`."""
        from .ai_media_orgs_users_heygen_videos_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_destroy(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_destroy`."""
        from .ai_media_orgs_users_heygen_videos_destroy import sync

        return sync(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_destroy_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_destroy_detailed`."""
        from .ai_media_orgs_users_heygen_videos_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_veo_video_download_retrieve(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncAiMediaApi.ai_media_orgs_users_veo_video_download_retrieve`."""
        from .ai_media_orgs_users_veo_video_download_retrieve import sync

        return sync(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_veo_video_download_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_veo_video_download_retrieve_detailed`."""
        from .ai_media_orgs_users_veo_video_download_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_veo_videos_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedVeoVideoListList:
        """See `AsyncAiMediaApi.ai_media_orgs_users_veo_videos_list`."""
        from .ai_media_orgs_users_veo_videos_list import sync

        return sync(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_veo_videos_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedVeoVideoListList]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_veo_videos_list_detailed`."""
        from .ai_media_orgs_users_veo_videos_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_veo_videos_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[VeoVideoList]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_veo_videos_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_media_orgs_users_veo_videos_list import sync

        return paginate(
            sync,
            org,
            user_id,
            page=page,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_media_orgs_users_veo_videos_create(
        self,
        org: str,
        user_id: str,
        *,
        body: AiMediaOrgsUsersVeoVideosCreateBody | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> VeoVideoDetail:
        """See `AsyncAiMediaApi.ai_media_orgs_users_veo_videos_create`."""
        from .ai_media_orgs_users_veo_videos_create import sync

        return sync(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_veo_videos_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: AiMediaOrgsUsersVeoVideosCreateBody | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[VeoVideoDetail]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_veo_videos_create_detailed`."""
        from .ai_media_orgs_users_veo_videos_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_veo_videos_retrieve(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> VeoVideoDetail:
        """See `AsyncAiMediaApi.ai_media_orgs_users_veo_videos_retrieve`."""
        from .ai_media_orgs_users_veo_videos_retrieve import sync

        return sync(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_veo_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[VeoVideoDetail]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_veo_videos_retrieve_detailed`."""
        from .ai_media_orgs_users_veo_videos_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_veo_videos_destroy(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiMediaApi.ai_media_orgs_users_veo_videos_destroy`."""
        from .ai_media_orgs_users_veo_videos_destroy import sync

        return sync(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_veo_videos_destroy_detailed(
        self,
        org: str,
        user_id: str,
        veo_video_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_veo_videos_destroy_detailed`."""
        from .ai_media_orgs_users_veo_videos_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            veo_video_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_video_script_generation_audio_create(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncAiMediaApi.ai_media_orgs_users_video_script_generation_audio_create`."""
        from .ai_media_orgs_users_video_script_generation_audio_create import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_video_script_generation_audio_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_video_script_generation_audio_create_detailed`."""
        from .ai_media_orgs_users_video_script_generation_audio_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_video_script_generation_document_create(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncAiMediaApi.ai_media_orgs_users_video_script_generation_document_create`."""
        from .ai_media_orgs_users_video_script_generation_document_create import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_video_script_generation_document_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_video_script_generation_document_create_detailed`."""
        from .ai_media_orgs_users_video_script_generation_document_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_video_script_generation_text_create(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncAiMediaApi.ai_media_orgs_users_video_script_generation_text_create`."""
        from .ai_media_orgs_users_video_script_generation_text_create import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_media_orgs_users_video_script_generation_text_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_video_script_generation_text_create_detailed`."""
        from .ai_media_orgs_users_video_script_generation_text_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
