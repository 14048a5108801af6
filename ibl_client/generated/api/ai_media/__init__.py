"""Operations tagged ``ai_media`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiMediaApi` / `AiMediaApi`, reached as
``client.ai_media``. A method imports its operation module on first call.
A pageable operation also has an ``_iter`` method: a pager over the items of every page
(ibl_client/_pagination.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._pagination import AsyncPager, Pager
    from ...._response import Response
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
    ) -> PaginatedHeygenTemplateResponseSingleList:
        """API view to list or append Heygen template ids for a tenant.

        ``GET /api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/`` (operation ``ai_media_orgs_users_heygen_templates_list``)

        Args:
            org (str):
            user_id (str):
            page (int | Unset): A page number within the paginated result set.

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
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_templates_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
    ) -> Response[PaginatedHeygenTemplateResponseSingleList]:
        """Like `ai_media_orgs_users_heygen_templates_list`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_templates_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
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
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_media_orgs_users_heygen_templates_create(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenTemplateRequest,
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
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_templates_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenTemplateRequest,
    ) -> Response[HeygenTemplateResponseSingle]:
        """Like `ai_media_orgs_users_heygen_templates_create`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_templates_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_templates_destroy(
        self,
        org: str,
        user_id: str,
        template_name: str,
    ) -> Any:
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
            Any
        """

        from .ai_media_orgs_users_heygen_templates_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            template_name,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_templates_destroy_detailed(
        self,
        org: str,
        user_id: str,
        template_name: str,
    ) -> Response[Any]:
        """Like `ai_media_orgs_users_heygen_templates_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_templates_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            template_name,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_captions_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Any:
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
            Any
        """

        from .ai_media_orgs_users_heygen_video_captions_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_captions_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Response[Any]:
        """Like `ai_media_orgs_users_heygen_video_captions_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_video_captions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_captions_create(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        body: AudioToTextRequest,
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
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_captions_create_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        body: AudioToTextRequest,
    ) -> Response[HeygenVideoDetail]:
        """Like `ai_media_orgs_users_heygen_video_captions_create`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_video_captions_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            body=body,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_download_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Any:
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
            Any
        """

        from .ai_media_orgs_users_heygen_video_download_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_video_download_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Response[Any]:
        """Like `ai_media_orgs_users_heygen_video_download_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_video_download_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
    ) -> PaginatedHeygenMarketingVideoListList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``GET /api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/`` (operation ``ai_media_orgs_users_heygen_videos_list``)

        Args:
            org (str):
            user_id (str):
            page (int | Unset): A page number within the paginated result set.

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
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
    ) -> Response[PaginatedHeygenMarketingVideoListList]:
        """Like `ai_media_orgs_users_heygen_videos_list`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_videos_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
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
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_media_orgs_users_heygen_videos_create(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenVideoRequest,
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
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenVideoRequest,
    ) -> Response[HeygenVideoDetail]:
        """Like `ai_media_orgs_users_heygen_videos_create`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_videos_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
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
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Response[HeygenVideoDetail]:
        """Like `ai_media_orgs_users_heygen_videos_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_videos_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_destroy(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Any:
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
            Any
        """

        from .ai_media_orgs_users_heygen_videos_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    async def ai_media_orgs_users_heygen_videos_destroy_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Response[Any]:
        """Like `ai_media_orgs_users_heygen_videos_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_media_orgs_users_heygen_videos_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
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
    ) -> PaginatedHeygenTemplateResponseSingleList:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_list`."""
        from .ai_media_orgs_users_heygen_templates_list import sync

        return sync(
            org,
            user_id,
            page=page,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
    ) -> Response[PaginatedHeygenTemplateResponseSingleList]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_list_detailed`."""
        from .ai_media_orgs_users_heygen_templates_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
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
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_media_orgs_users_heygen_templates_create(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenTemplateRequest,
    ) -> HeygenTemplateResponseSingle:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_create`."""
        from .ai_media_orgs_users_heygen_templates_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenTemplateRequest,
    ) -> Response[HeygenTemplateResponseSingle]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_create_detailed`."""
        from .ai_media_orgs_users_heygen_templates_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_destroy(
        self,
        org: str,
        user_id: str,
        template_name: str,
    ) -> Any:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_destroy`."""
        from .ai_media_orgs_users_heygen_templates_destroy import sync

        return sync(
            org,
            user_id,
            template_name,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_templates_destroy_detailed(
        self,
        org: str,
        user_id: str,
        template_name: str,
    ) -> Response[Any]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_templates_destroy_detailed`."""
        from .ai_media_orgs_users_heygen_templates_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            template_name,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_captions_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Any:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_captions_retrieve`."""
        from .ai_media_orgs_users_heygen_video_captions_retrieve import sync

        return sync(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_captions_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Response[Any]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_captions_retrieve_detailed`."""
        from .ai_media_orgs_users_heygen_video_captions_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_captions_create(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        body: AudioToTextRequest,
    ) -> HeygenVideoDetail:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_captions_create`."""
        from .ai_media_orgs_users_heygen_video_captions_create import sync

        return sync(
            org,
            user_id,
            heygen_marketing_video_id,
            body=body,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_captions_create_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
        *,
        body: AudioToTextRequest,
    ) -> Response[HeygenVideoDetail]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_captions_create_detailed`."""
        from .ai_media_orgs_users_heygen_video_captions_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            body=body,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_download_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Any:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_download_retrieve`."""
        from .ai_media_orgs_users_heygen_video_download_retrieve import sync

        return sync(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_video_download_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Response[Any]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_video_download_retrieve_detailed`."""
        from .ai_media_orgs_users_heygen_video_download_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
    ) -> PaginatedHeygenMarketingVideoListList:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_list`."""
        from .ai_media_orgs_users_heygen_videos_list import sync

        return sync(
            org,
            user_id,
            page=page,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
    ) -> Response[PaginatedHeygenMarketingVideoListList]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_list_detailed`."""
        from .ai_media_orgs_users_heygen_videos_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
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
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_media_orgs_users_heygen_videos_create(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenVideoRequest,
    ) -> HeygenVideoDetail:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_create`."""
        from .ai_media_orgs_users_heygen_videos_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenVideoRequest,
    ) -> Response[HeygenVideoDetail]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_create_detailed`."""
        from .ai_media_orgs_users_heygen_videos_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_retrieve(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> HeygenVideoDetail:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_retrieve`."""
        from .ai_media_orgs_users_heygen_videos_retrieve import sync

        return sync(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Response[HeygenVideoDetail]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_retrieve_detailed`."""
        from .ai_media_orgs_users_heygen_videos_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_destroy(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Any:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_destroy`."""
        from .ai_media_orgs_users_heygen_videos_destroy import sync

        return sync(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )

    def ai_media_orgs_users_heygen_videos_destroy_detailed(
        self,
        org: str,
        user_id: str,
        heygen_marketing_video_id: str,
    ) -> Response[Any]:
        """See `AsyncAiMediaApi.ai_media_orgs_users_heygen_videos_destroy_detailed`."""
        from .ai_media_orgs_users_heygen_videos_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            heygen_marketing_video_id,
            client=self._client,
        )
