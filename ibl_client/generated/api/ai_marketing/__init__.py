"""Operations tagged ``ai_marketing`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiMarketingApi` / `AiMarketingApi`, reached as
``client.ai_marketing``. A method imports its operation module on first call.
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
    from ...models.heygen_marketing_video_detail import HeygenMarketingVideoDetail
    from ...models.heygen_marketing_video_list import HeygenMarketingVideoList
    from ...models.heygen_marketing_video_list_request import HeygenMarketingVideoListRequest
    from ...models.paginated_heygen_marketing_video_list_list import (
        PaginatedHeygenMarketingVideoListList,
    )
    from ...types import UNSET, Unset


class AsyncAiMarketingApi:
    """The ``ai_marketing`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ai_marketing_orgs_users_heygen_videos_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedHeygenMarketingVideoListList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``GET /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/`` (operation ``ai_marketing_orgs_users_heygen_videos_list``)

        Args:
            org (str):
            user_id (str):
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedHeygenMarketingVideoListList
        """

        from .ai_marketing_orgs_users_heygen_videos_list import asyncio

        return await asyncio(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def ai_marketing_orgs_users_heygen_videos_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedHeygenMarketingVideoListList]:
        """Like `ai_marketing_orgs_users_heygen_videos_list`, returning the whole `Response` and raising no status error."""
        from .ai_marketing_orgs_users_heygen_videos_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_marketing_orgs_users_heygen_videos_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[HeygenMarketingVideoList]:
        """Every `HeygenMarketingVideoList` of `ai_marketing_orgs_users_heygen_videos_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_marketing_orgs_users_heygen_videos_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_marketing_orgs_users_heygen_videos_create(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenMarketingVideoListRequest | Unset = UNSET,
    ) -> HeygenMarketingVideoList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``POST /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/`` (operation ``ai_marketing_orgs_users_heygen_videos_create``)

        Args:
            org (str):
            user_id (str):
            body (HeygenMarketingVideoListRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            HeygenMarketingVideoList
        """

        from .ai_marketing_orgs_users_heygen_videos_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_marketing_orgs_users_heygen_videos_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenMarketingVideoListRequest | Unset = UNSET,
    ) -> Response[HeygenMarketingVideoList]:
        """Like `ai_marketing_orgs_users_heygen_videos_create`, returning the whole `Response` and raising no status error."""
        from .ai_marketing_orgs_users_heygen_videos_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_marketing_orgs_users_heygen_videos_retrieve(
        self,
        org: str,
        user_id: str,
        name: str,
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

        from .ai_marketing_orgs_users_heygen_videos_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            name,
            client=self._client,
        )

    async def ai_marketing_orgs_users_heygen_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        name: str,
    ) -> Response[HeygenMarketingVideoDetail]:
        """Like `ai_marketing_orgs_users_heygen_videos_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_marketing_orgs_users_heygen_videos_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            name,
            client=self._client,
        )


class AiMarketingApi:
    """The ``ai_marketing`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def ai_marketing_orgs_users_heygen_videos_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedHeygenMarketingVideoListList:
        """See `AsyncAiMarketingApi.ai_marketing_orgs_users_heygen_videos_list`."""
        from .ai_marketing_orgs_users_heygen_videos_list import sync

        return sync(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_marketing_orgs_users_heygen_videos_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedHeygenMarketingVideoListList]:
        """See `AsyncAiMarketingApi.ai_marketing_orgs_users_heygen_videos_list_detailed`."""
        from .ai_marketing_orgs_users_heygen_videos_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_marketing_orgs_users_heygen_videos_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[HeygenMarketingVideoList]:
        """See `AsyncAiMarketingApi.ai_marketing_orgs_users_heygen_videos_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_marketing_orgs_users_heygen_videos_list import sync

        return paginate(
            sync,
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_marketing_orgs_users_heygen_videos_create(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenMarketingVideoListRequest | Unset = UNSET,
    ) -> HeygenMarketingVideoList:
        """See `AsyncAiMarketingApi.ai_marketing_orgs_users_heygen_videos_create`."""
        from .ai_marketing_orgs_users_heygen_videos_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_marketing_orgs_users_heygen_videos_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: HeygenMarketingVideoListRequest | Unset = UNSET,
    ) -> Response[HeygenMarketingVideoList]:
        """See `AsyncAiMarketingApi.ai_marketing_orgs_users_heygen_videos_create_detailed`."""
        from .ai_marketing_orgs_users_heygen_videos_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_marketing_orgs_users_heygen_videos_retrieve(
        self,
        org: str,
        user_id: str,
        name: str,
    ) -> HeygenMarketingVideoDetail:
        """See `AsyncAiMarketingApi.ai_marketing_orgs_users_heygen_videos_retrieve`."""
        from .ai_marketing_orgs_users_heygen_videos_retrieve import sync

        return sync(
            org,
            user_id,
            name,
            client=self._client,
        )

    def ai_marketing_orgs_users_heygen_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        name: str,
    ) -> Response[HeygenMarketingVideoDetail]:
        """See `AsyncAiMarketingApi.ai_marketing_orgs_users_heygen_videos_retrieve_detailed`."""
        from .ai_marketing_orgs_users_heygen_videos_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            name,
            client=self._client,
        )
