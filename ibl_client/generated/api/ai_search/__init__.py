"""Operations tagged ``ai_search`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiSearchApi` / `AiSearchApi`, reached as
``client.ai_search``. A method imports its operation module on first call.
A pageable operation also has an ``_iter`` method: a pager over the items of every page
(ibl_client/_pagination.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast
    from uuid import UUID

    from ...._client import AsyncClient, Client
    from ...._pagination import AsyncPager, Pager
    from ...._response import Response
    from ...models.mentor import Mentor
    from ...models.mentor_search_response import MentorSearchResponse
    from ...models.platform_prompt import PlatformPrompt
    from ...models.platform_prompt_response import PlatformPromptResponse
    from ...models.v2_course_recommendations_ranking_strategy import (
        V2CourseRecommendationsRankingStrategy,
        check_v2_course_recommendations_ranking_strategy,
    )
    from ...models.v2_course_recommendations_recommendation_type import (
        V2CourseRecommendationsRecommendationType,
        check_v2_course_recommendations_recommendation_type,
    )
    from ...models.v2_global_mentor_search_response import V2GlobalMentorSearchResponse
    from ...models.v2_personalized_mentors_order_direction import (
        V2PersonalizedMentorsOrderDirection,
        check_v2_personalized_mentors_order_direction,
    )
    from ...models.v2_personalized_mentors_response import V2PersonalizedMentorsResponse
    from ...models.v2_recommendation_response import V2RecommendationResponse
    from ...types import UNSET, Unset


class AsyncAiSearchApi:
    """The ``ai_search`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def v2_global_mentor_search(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        starred: bool | Unset = UNSET,
        subjects: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        types: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> V2GlobalMentorSearchResponse:
        """Search and filter AI mentors across the platform

        Search and filter AI mentors with support for comprehensive filtering, pagination, and detailed
        mentor information.
        This endpoint supports both anonymous and authenticated users with different access levels.
        **Anonymous Users:**
        - Access to public mentors only (VIEWABLE_BY_ANYONE)
        - Limited search capabilities
        - No personalization
        **Authenticated Users:**
        - Full access based on platform permissions (scoped to requested platform)
        - Personalized results
        - Access to tenant-specific mentors
        **Required Parameters (Authenticated Users):**
        - `platform_key` OR `tenant`: Platform key for RBAC enforcement (required for authenticated
        requests)
        - Use `platform_key` (preferred) or `tenant` (backward compatibility) - both serve the same
        purpose
        - If both are provided, `platform_key` takes precedence
        **Available Filters:**
        - `query`: Search term to filter mentors by name or description
        - `tenant`: Filter by tenant/organization platform key(s) - can also be used as alias for
        `platform_key` (backward compatibility)
        - `category`: Filter by mentor category (comma-separated)
        - `subjects`: Filter by mentor subject (comma-separated)
        - `types`: Filter by mentor type (comma-separated)
        - `llm`: Filter by LLM provider (comma-separated, e.g., GPT-4, Claude)
        - `visibility`: Filter by visibility level (comma-separated: viewable_by_anyone,
        viewable_by_tenant_students, viewable_by_tenant_admins)
        - `created_by`: Filter mentors created by specific user (for personalized search)
        - `include_main_public_mentors`: Include main tenant public mentors
        **Facets:**
        The response includes facets with aggregated counts for all filterable attributes:
        - categories, subjects, types, llm_providers, visibility
        All facet values can be used as filter parameters in subsequent requests.
        Notes:
        - Detail view is removed; use the ibl_ai_mentor app for mentor details
        - include_main_public_mentors=true shows only VIEWABLE_BY_ANYONE mentors from the main tenant
        across tenants
        - For authenticated requests, either `platform_key` or `tenant` is required when username is
        provided
        - `tenant` parameter serves dual purpose: as a filter for multiple tenants, or as an alias for
        `platform_key` (backward compatibility)
        - Frontend uses `llm` parameter name (backend maps to `llm_provider` automatically)

        ``GET /api/ai-search/mentors/`` (operation ``v2_global_mentor_search``)

        Args:
            alphabetical (bool | Unset):
            category (str | Unset):
            created_by (str | Unset):
            featured (bool | Unset):
            include_main_public_mentors (bool | Unset):
            limit (int | Unset):
            llm (str | Unset):
            offset (int | Unset):
            order_by (str | Unset):
            order_direction (str | Unset):
            platform_key (str | Unset):
            query (str | Unset):
            starred (bool | Unset):
            subjects (str | Unset):
            tenant (str | Unset):
            types (str | Unset):
            visibility (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            V2GlobalMentorSearchResponse
        """

        from .v2_global_mentor_search import asyncio

        return await asyncio(
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            featured=featured,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            starred=starred,
            subjects=subjects,
            tenant=tenant,
            types=types,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def v2_global_mentor_search_detailed(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        starred: bool | Unset = UNSET,
        subjects: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        types: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[V2GlobalMentorSearchResponse]:
        """Like `v2_global_mentor_search`, returning the whole `Response` and raising no status error."""
        from .v2_global_mentor_search import asyncio_detailed

        return await asyncio_detailed(
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            featured=featured,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            starred=starred,
            subjects=subjects,
            tenant=tenant,
            types=types,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def v2_global_mentor_search_iter(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        starred: bool | Unset = UNSET,
        subjects: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        types: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Any]:
        """Every `Any` of `v2_global_mentor_search`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .v2_global_mentor_search import asyncio

        return paginate(
            asyncio,
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            featured=featured,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            starred=starred,
            subjects=subjects,
            tenant=tenant,
            types=types,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_search_orgs_users_my_mentors_retrieve(
        self,
        org: str,
        username: str,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> MentorSearchResponse:
        """Handle GET requests for my mentors.

        ``GET /api/ai-search/orgs/{org}/users/{username}/my-mentors/`` (operation ``ai_search_orgs_users_my_mentors_retrieve``)

        Args:
            org (str):
            username (str):
            audience (list[str] | Unset):
            category (list[str] | Unset):
            created_by (str | Unset):
            featured (bool | Unset):
            id (int | Unset):
            include_main_public_mentors (bool | Unset):
            limit (int | Unset):
            llm (list[str] | Unset):
            offset (int | Unset):
            order_by (str | Unset):
            order_direction (str | Unset):
            query (str | Unset):
            tags (list[str] | Unset):
            tenant (str | Unset):
            unique_id (UUID | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorSearchResponse
        """

        from .ai_search_orgs_users_my_mentors_retrieve import asyncio

        return await asyncio(
            org,
            username,
            audience=audience,
            category=category,
            created_by=created_by,
            featured=featured,
            id=id,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_search_orgs_users_my_mentors_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[MentorSearchResponse]:
        """Like `ai_search_orgs_users_my_mentors_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_search_orgs_users_my_mentors_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            audience=audience,
            category=category,
            created_by=created_by,
            featured=featured,
            id=id,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_search_orgs_users_my_mentors_retrieve_iter(
        self,
        org: str,
        username: str,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Mentor]:
        """Every `Mentor` of `ai_search_orgs_users_my_mentors_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_search_orgs_users_my_mentors_retrieve import asyncio

        return paginate(
            asyncio,
            org,
            username,
            audience=audience,
            category=category,
            created_by=created_by,
            featured=featured,
            id=id,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def v2_personalized_mentors(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        starred: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visibility: list[str] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> V2PersonalizedMentorsResponse:
        """Get mentors created by a specific user

        Get mentors created by a specific user within a given organization/platform.
        This endpoint provides a personalized view of the user's own mentors with
        support for filtering, pagination, and detailed mentor information.
        **Authentication Required:**
        - username: Required for personalized mentor access
        - platform_key OR tenant: Required for tenant-specific content (both serve the same purpose)
        - Use `platform_key` (preferred) or `tenant` (backward compatibility)
        - If both are provided, `platform_key` takes precedence
        **Features:**
        - User's own mentors only
        - Personalization data (access counts, last used)
        - Filtering and faceted search
        - Pagination support
        - Detail and list views

        ``GET /api/ai-search/personalized-mentors/`` (operation ``v2_personalized_mentors``)

        Args:
            audience (list[str] | Unset):
            category (str | Unset):
            featured (bool | Unset):
            limit (int | Unset):
            llm (str | Unset):
            offset (int | Unset):
            order_by (str | Unset):
            order_direction (V2PersonalizedMentorsOrderDirection | Unset):
            platform_key (str | Unset):
            query (str | Unset):
            return_facet (bool | Unset):
            starred (bool | Unset):
            tags (list[str] | Unset):
            tenant (str | Unset):
            username (str | Unset):
            visibility (list[str] | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            V2PersonalizedMentorsResponse
        """

        from .v2_personalized_mentors import asyncio

        return await asyncio(
            audience=audience,
            category=category,
            featured=featured,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            return_facet=return_facet,
            starred=starred,
            tags=tags,
            tenant=tenant,
            username=username,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def v2_personalized_mentors_detailed(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        starred: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visibility: list[str] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[V2PersonalizedMentorsResponse]:
        """Like `v2_personalized_mentors`, returning the whole `Response` and raising no status error."""
        from .v2_personalized_mentors import asyncio_detailed

        return await asyncio_detailed(
            audience=audience,
            category=category,
            featured=featured,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            return_facet=return_facet,
            starred=starred,
            tags=tags,
            tenant=tenant,
            username=username,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def v2_personalized_mentors_iter(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        starred: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visibility: list[str] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Any]:
        """Every `Any` of `v2_personalized_mentors`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .v2_personalized_mentors import asyncio

        return paginate(
            asyncio,
            audience=audience,
            category=category,
            featured=featured,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            return_facet=return_facet,
            starred=starred,
            tags=tags,
            tenant=tenant,
            username=username,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def list_platform_prompts(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PlatformPromptResponse]:
        """List recommendation prompts for a platform

        Get all recommendation prompts for a specific platform. Optionally filter by SPA URL or
        recommendation type.

        ``GET /api/ai-search/prompts/`` (operation ``list_platform_prompts``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[PlatformPromptResponse]
        """

        from .list_platform_prompts import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def list_platform_prompts_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PlatformPromptResponse]]:
        """Like `list_platform_prompts`, returning the whole `Response` and raising no status error."""
        from .list_platform_prompts import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPromptResponse:
        """Update an existing recommendation prompt

        Update an existing prompt by ID. Must provide platform_key to verify ownership.

        ``PUT /api/ai-search/prompts/`` (operation ``update_platform_prompt``)

        Args:
            body (PlatformPrompt | Unset): Serializer for platform recommendation prompt management.

                Used by instructors/admins to configure tenant-specific prompts for different SPAs. A
                platform can have multiple prompts (one per SPA/frontend).

                Note: spa_url will be automatically normalized (protocol stripped, lowercase) during
                validation.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformPromptResponse
        """

        from .update_platform_prompt import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_platform_prompt_detailed(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPromptResponse]:
        """Like `update_platform_prompt`, returning the whole `Response` and raising no status error."""
        from .update_platform_prompt import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def create_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPromptResponse:
        """Create a new recommendation prompt

        Create a new recommendation prompt for a platform and SPA.

        ``POST /api/ai-search/prompts/`` (operation ``create_platform_prompt``)

        Args:
            body (PlatformPrompt | Unset): Serializer for platform recommendation prompt management.

                Used by instructors/admins to configure tenant-specific prompts for different SPAs. A
                platform can have multiple prompts (one per SPA/frontend).

                Note: spa_url will be automatically normalized (protocol stripped, lowercase) during
                validation.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformPromptResponse
        """

        from .create_platform_prompt import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def create_platform_prompt_detailed(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPromptResponse]:
        """Like `create_platform_prompt`, returning the whole `Response` and raising no status error."""
        from .create_platform_prompt import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_platform_prompt(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a recommendation prompt

        Delete a recommendation prompt by ID. Must provide platform_key to verify ownership. This
        permanently removes the prompt.

        ``DELETE /api/ai-search/prompts/`` (operation ``delete_platform_prompt``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .delete_platform_prompt import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_platform_prompt_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `delete_platform_prompt`, returning the whole `Response` and raising no status error."""
        from .delete_platform_prompt import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def list_platform_prompts2(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PlatformPromptResponse]:
        """List recommendation prompts for a platform

        Get all recommendation prompts for a specific platform. Optionally filter by SPA URL or
        recommendation type.

        ``GET /api/ai-search/recommendation/prompts/`` (operation ``list_platform_prompts2``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[PlatformPromptResponse]
        """

        from .list_platform_prompts2 import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def list_platform_prompts2_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PlatformPromptResponse]]:
        """Like `list_platform_prompts2`, returning the whole `Response` and raising no status error."""
        from .list_platform_prompts2 import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_platform_prompt2(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPromptResponse:
        """Update an existing recommendation prompt

        Update an existing prompt by ID. Must provide platform_key to verify ownership.

        ``PUT /api/ai-search/recommendation/prompts/`` (operation ``update_platform_prompt2``)

        Args:
            body (PlatformPrompt | Unset): Serializer for platform recommendation prompt management.

                Used by instructors/admins to configure tenant-specific prompts for different SPAs. A
                platform can have multiple prompts (one per SPA/frontend).

                Note: spa_url will be automatically normalized (protocol stripped, lowercase) during
                validation.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformPromptResponse
        """

        from .update_platform_prompt2 import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def update_platform_prompt2_detailed(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPromptResponse]:
        """Like `update_platform_prompt2`, returning the whole `Response` and raising no status error."""
        from .update_platform_prompt2 import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def create_platform_prompt2(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPromptResponse:
        """Create a new recommendation prompt

        Create a new recommendation prompt for a platform and SPA.

        ``POST /api/ai-search/recommendation/prompts/`` (operation ``create_platform_prompt2``)

        Args:
            body (PlatformPrompt | Unset): Serializer for platform recommendation prompt management.

                Used by instructors/admins to configure tenant-specific prompts for different SPAs. A
                platform can have multiple prompts (one per SPA/frontend).

                Note: spa_url will be automatically normalized (protocol stripped, lowercase) during
                validation.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformPromptResponse
        """

        from .create_platform_prompt2 import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def create_platform_prompt2_detailed(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPromptResponse]:
        """Like `create_platform_prompt2`, returning the whole `Response` and raising no status error."""
        from .create_platform_prompt2 import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_platform_prompt2(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a recommendation prompt

        Delete a recommendation prompt by ID. Must provide platform_key to verify ownership. This
        permanently removes the prompt.

        ``DELETE /api/ai-search/recommendation/prompts/`` (operation ``delete_platform_prompt2``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .delete_platform_prompt2 import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def delete_platform_prompt2_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `delete_platform_prompt2`, returning the whole `Response` and raising no status error."""
        from .delete_platform_prompt2 import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def v2_course_recommendations(
        self,
        *,
        assessment_id: str | Unset = UNSET,
        context_type: str | Unset = UNSET,
        difficulty_levels: str | Unset = UNSET,
        domains: str | Unset = UNSET,
        include_main_catalog: bool | Unset = UNSET,
        include_user_history: bool | Unset = UNSET,
        include_user_skills: bool | Unset = UNSET,
        k: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        ranking_prompt: str | Unset = UNSET,
        ranking_strategy: V2CourseRecommendationsRankingStrategy | Unset = UNSET,
        recommendation_type: V2CourseRecommendationsRecommendationType | Unset = UNSET,
        search_terms: str | Unset = UNSET,
        spa_url: str | Unset = UNSET,
        trigger_source: str | Unset = UNSET,
        use_llm_ranking: bool | Unset = UNSET,
        use_rag_search: bool | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> V2RecommendationResponse:
        """Generate AI-driven course recommendations

        Generate personalized course recommendations using AI that considers the user's
        learning history, organizational goals, and available courses.
        **Authentication Required:**
        - User must be authenticated
        - Platform key must be provided
        - User must have access to the specified platform
        **How It Works:**
        1. Fetches tenant's custom recommendation prompt (if configured)
        2. Analyzes user's course completion history and performance
        3. Reviews available course catalog
        4. Uses AI to match courses to user's needs and organizational goals
        5. Returns 3-5 courses with clear explanations
        **Tenant Prompts:**
        Each organization can configure custom prompts that guide recommendations.
        For example: "Prioritize leadership for sales roles" or "Focus on technical skills."
        **Use Cases:**
        - Manual recommendation requests by users
        - Post-assessment recommendations
        - Milestone-triggered suggestions
        - Learning path planning

        ``GET /api/ai-search/recommendations/`` (operation ``v2_course_recommendations``)

        Args:
            assessment_id (str | Unset):
            context_type (str | Unset):
            difficulty_levels (str | Unset):
            domains (str | Unset):
            include_main_catalog (bool | Unset):
            include_user_history (bool | Unset):
            include_user_skills (bool | Unset):
            k (int | Unset):
            limit (int | Unset):
            page (int | Unset):
            page_size (int | Unset):
            platform_key (str | Unset):
            platform_org (str | Unset):
            ranking_prompt (str | Unset):
            ranking_strategy (V2CourseRecommendationsRankingStrategy | Unset):
            recommendation_type (V2CourseRecommendationsRecommendationType | Unset):
            search_terms (str | Unset):
            spa_url (str | Unset):
            trigger_source (str | Unset):
            use_llm_ranking (bool | Unset):
            use_rag_search (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            V2RecommendationResponse
        """

        from .v2_course_recommendations import asyncio

        return await asyncio(
            assessment_id=assessment_id,
            context_type=context_type,
            difficulty_levels=difficulty_levels,
            domains=domains,
            include_main_catalog=include_main_catalog,
            include_user_history=include_user_history,
            include_user_skills=include_user_skills,
            k=k,
            limit=limit,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            ranking_prompt=ranking_prompt,
            ranking_strategy=ranking_strategy,
            recommendation_type=recommendation_type,
            search_terms=search_terms,
            spa_url=spa_url,
            trigger_source=trigger_source,
            use_llm_ranking=use_llm_ranking,
            use_rag_search=use_rag_search,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def v2_course_recommendations_detailed(
        self,
        *,
        assessment_id: str | Unset = UNSET,
        context_type: str | Unset = UNSET,
        difficulty_levels: str | Unset = UNSET,
        domains: str | Unset = UNSET,
        include_main_catalog: bool | Unset = UNSET,
        include_user_history: bool | Unset = UNSET,
        include_user_skills: bool | Unset = UNSET,
        k: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        ranking_prompt: str | Unset = UNSET,
        ranking_strategy: V2CourseRecommendationsRankingStrategy | Unset = UNSET,
        recommendation_type: V2CourseRecommendationsRecommendationType | Unset = UNSET,
        search_terms: str | Unset = UNSET,
        spa_url: str | Unset = UNSET,
        trigger_source: str | Unset = UNSET,
        use_llm_ranking: bool | Unset = UNSET,
        use_rag_search: bool | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[V2RecommendationResponse]:
        """Like `v2_course_recommendations`, returning the whole `Response` and raising no status error."""
        from .v2_course_recommendations import asyncio_detailed

        return await asyncio_detailed(
            assessment_id=assessment_id,
            context_type=context_type,
            difficulty_levels=difficulty_levels,
            domains=domains,
            include_main_catalog=include_main_catalog,
            include_user_history=include_user_history,
            include_user_skills=include_user_skills,
            k=k,
            limit=limit,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            ranking_prompt=ranking_prompt,
            ranking_strategy=ranking_strategy,
            recommendation_type=recommendation_type,
            search_terms=search_terms,
            spa_url=spa_url,
            trigger_source=trigger_source,
            use_llm_ranking=use_llm_ranking,
            use_rag_search=use_rag_search,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class AiSearchApi:
    """The ``ai_search`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def v2_global_mentor_search(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        starred: bool | Unset = UNSET,
        subjects: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        types: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> V2GlobalMentorSearchResponse:
        """See `AsyncAiSearchApi.v2_global_mentor_search`."""
        from .v2_global_mentor_search import sync

        return sync(
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            featured=featured,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            starred=starred,
            subjects=subjects,
            tenant=tenant,
            types=types,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def v2_global_mentor_search_detailed(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        starred: bool | Unset = UNSET,
        subjects: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        types: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[V2GlobalMentorSearchResponse]:
        """See `AsyncAiSearchApi.v2_global_mentor_search_detailed`."""
        from .v2_global_mentor_search import sync_detailed

        return sync_detailed(
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            featured=featured,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            starred=starred,
            subjects=subjects,
            tenant=tenant,
            types=types,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def v2_global_mentor_search_iter(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        starred: bool | Unset = UNSET,
        subjects: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        types: str | Unset = UNSET,
        visibility: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Any]:
        """See `AsyncAiSearchApi.v2_global_mentor_search_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .v2_global_mentor_search import sync

        return paginate(
            sync,
            alphabetical=alphabetical,
            category=category,
            created_by=created_by,
            featured=featured,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            starred=starred,
            subjects=subjects,
            tenant=tenant,
            types=types,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_search_orgs_users_my_mentors_retrieve(
        self,
        org: str,
        username: str,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> MentorSearchResponse:
        """See `AsyncAiSearchApi.ai_search_orgs_users_my_mentors_retrieve`."""
        from .ai_search_orgs_users_my_mentors_retrieve import sync

        return sync(
            org,
            username,
            audience=audience,
            category=category,
            created_by=created_by,
            featured=featured,
            id=id,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_search_orgs_users_my_mentors_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[MentorSearchResponse]:
        """See `AsyncAiSearchApi.ai_search_orgs_users_my_mentors_retrieve_detailed`."""
        from .ai_search_orgs_users_my_mentors_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            audience=audience,
            category=category,
            created_by=created_by,
            featured=featured,
            id=id,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_search_orgs_users_my_mentors_retrieve_iter(
        self,
        org: str,
        username: str,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        include_main_public_mentors: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: UUID | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Mentor]:
        """See `AsyncAiSearchApi.ai_search_orgs_users_my_mentors_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_search_orgs_users_my_mentors_retrieve import sync

        return paginate(
            sync,
            org,
            username,
            audience=audience,
            category=category,
            created_by=created_by,
            featured=featured,
            id=id,
            include_main_public_mentors=include_main_public_mentors,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def v2_personalized_mentors(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        starred: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visibility: list[str] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> V2PersonalizedMentorsResponse:
        """See `AsyncAiSearchApi.v2_personalized_mentors`."""
        from .v2_personalized_mentors import sync

        return sync(
            audience=audience,
            category=category,
            featured=featured,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            return_facet=return_facet,
            starred=starred,
            tags=tags,
            tenant=tenant,
            username=username,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def v2_personalized_mentors_detailed(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        starred: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visibility: list[str] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[V2PersonalizedMentorsResponse]:
        """See `AsyncAiSearchApi.v2_personalized_mentors_detailed`."""
        from .v2_personalized_mentors import sync_detailed

        return sync_detailed(
            audience=audience,
            category=category,
            featured=featured,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            return_facet=return_facet,
            starred=starred,
            tags=tags,
            tenant=tenant,
            username=username,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def v2_personalized_mentors_iter(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: V2PersonalizedMentorsOrderDirection | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        starred: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        username: str | Unset = UNSET,
        visibility: list[str] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Any]:
        """See `AsyncAiSearchApi.v2_personalized_mentors_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .v2_personalized_mentors import sync

        return paginate(
            sync,
            audience=audience,
            category=category,
            featured=featured,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            return_facet=return_facet,
            starred=starred,
            tags=tags,
            tenant=tenant,
            username=username,
            visibility=visibility,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def list_platform_prompts(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PlatformPromptResponse]:
        """See `AsyncAiSearchApi.list_platform_prompts`."""
        from .list_platform_prompts import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def list_platform_prompts_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PlatformPromptResponse]]:
        """See `AsyncAiSearchApi.list_platform_prompts_detailed`."""
        from .list_platform_prompts import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPromptResponse:
        """See `AsyncAiSearchApi.update_platform_prompt`."""
        from .update_platform_prompt import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_platform_prompt_detailed(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPromptResponse]:
        """See `AsyncAiSearchApi.update_platform_prompt_detailed`."""
        from .update_platform_prompt import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def create_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPromptResponse:
        """See `AsyncAiSearchApi.create_platform_prompt`."""
        from .create_platform_prompt import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def create_platform_prompt_detailed(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPromptResponse]:
        """See `AsyncAiSearchApi.create_platform_prompt_detailed`."""
        from .create_platform_prompt import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_platform_prompt(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiSearchApi.delete_platform_prompt`."""
        from .delete_platform_prompt import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_platform_prompt_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiSearchApi.delete_platform_prompt_detailed`."""
        from .delete_platform_prompt import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def list_platform_prompts2(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[PlatformPromptResponse]:
        """See `AsyncAiSearchApi.list_platform_prompts2`."""
        from .list_platform_prompts2 import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def list_platform_prompts2_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[PlatformPromptResponse]]:
        """See `AsyncAiSearchApi.list_platform_prompts2_detailed`."""
        from .list_platform_prompts2 import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_platform_prompt2(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPromptResponse:
        """See `AsyncAiSearchApi.update_platform_prompt2`."""
        from .update_platform_prompt2 import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def update_platform_prompt2_detailed(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPromptResponse]:
        """See `AsyncAiSearchApi.update_platform_prompt2_detailed`."""
        from .update_platform_prompt2 import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def create_platform_prompt2(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformPromptResponse:
        """See `AsyncAiSearchApi.create_platform_prompt2`."""
        from .create_platform_prompt2 import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def create_platform_prompt2_detailed(
        self,
        *,
        body: PlatformPrompt | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformPromptResponse]:
        """See `AsyncAiSearchApi.create_platform_prompt2_detailed`."""
        from .create_platform_prompt2 import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_platform_prompt2(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiSearchApi.delete_platform_prompt2`."""
        from .delete_platform_prompt2 import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def delete_platform_prompt2_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiSearchApi.delete_platform_prompt2_detailed`."""
        from .delete_platform_prompt2 import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def v2_course_recommendations(
        self,
        *,
        assessment_id: str | Unset = UNSET,
        context_type: str | Unset = UNSET,
        difficulty_levels: str | Unset = UNSET,
        domains: str | Unset = UNSET,
        include_main_catalog: bool | Unset = UNSET,
        include_user_history: bool | Unset = UNSET,
        include_user_skills: bool | Unset = UNSET,
        k: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        ranking_prompt: str | Unset = UNSET,
        ranking_strategy: V2CourseRecommendationsRankingStrategy | Unset = UNSET,
        recommendation_type: V2CourseRecommendationsRecommendationType | Unset = UNSET,
        search_terms: str | Unset = UNSET,
        spa_url: str | Unset = UNSET,
        trigger_source: str | Unset = UNSET,
        use_llm_ranking: bool | Unset = UNSET,
        use_rag_search: bool | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> V2RecommendationResponse:
        """See `AsyncAiSearchApi.v2_course_recommendations`."""
        from .v2_course_recommendations import sync

        return sync(
            assessment_id=assessment_id,
            context_type=context_type,
            difficulty_levels=difficulty_levels,
            domains=domains,
            include_main_catalog=include_main_catalog,
            include_user_history=include_user_history,
            include_user_skills=include_user_skills,
            k=k,
            limit=limit,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            ranking_prompt=ranking_prompt,
            ranking_strategy=ranking_strategy,
            recommendation_type=recommendation_type,
            search_terms=search_terms,
            spa_url=spa_url,
            trigger_source=trigger_source,
            use_llm_ranking=use_llm_ranking,
            use_rag_search=use_rag_search,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def v2_course_recommendations_detailed(
        self,
        *,
        assessment_id: str | Unset = UNSET,
        context_type: str | Unset = UNSET,
        difficulty_levels: str | Unset = UNSET,
        domains: str | Unset = UNSET,
        include_main_catalog: bool | Unset = UNSET,
        include_user_history: bool | Unset = UNSET,
        include_user_skills: bool | Unset = UNSET,
        k: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        ranking_prompt: str | Unset = UNSET,
        ranking_strategy: V2CourseRecommendationsRankingStrategy | Unset = UNSET,
        recommendation_type: V2CourseRecommendationsRecommendationType | Unset = UNSET,
        search_terms: str | Unset = UNSET,
        spa_url: str | Unset = UNSET,
        trigger_source: str | Unset = UNSET,
        use_llm_ranking: bool | Unset = UNSET,
        use_rag_search: bool | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[V2RecommendationResponse]:
        """See `AsyncAiSearchApi.v2_course_recommendations_detailed`."""
        from .v2_course_recommendations import sync_detailed

        return sync_detailed(
            assessment_id=assessment_id,
            context_type=context_type,
            difficulty_levels=difficulty_levels,
            domains=domains,
            include_main_catalog=include_main_catalog,
            include_user_history=include_user_history,
            include_user_skills=include_user_skills,
            k=k,
            limit=limit,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            ranking_prompt=ranking_prompt,
            ranking_strategy=ranking_strategy,
            recommendation_type=recommendation_type,
            search_terms=search_terms,
            spa_url=spa_url,
            trigger_source=trigger_source,
            use_llm_ranking=use_llm_ranking,
            use_rag_search=use_rag_search,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
