"""Operations tagged ``search`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncSearchApi` / `SearchApi`, reached as
``client.search``. A method imports its operation module on first call.
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
    from ...models.document import Document
    from ...models.document_search_response import DocumentSearchResponse
    from ...models.global_catalog_search_response import GlobalCatalogSearchResponse
    from ...models.global_catalog_search_response_results_item import (
        GlobalCatalogSearchResponseResultsItem,
    )
    from ...models.mentor import Mentor
    from ...models.mentor_search_response import MentorSearchResponse
    from ...models.prompt import Prompt
    from ...models.prompt_search_response import PromptSearchResponse
    from ...models.recommended_courses_response import RecommendedCoursesResponse
    from ...models.recommended_courses_response_results_item import (
        RecommendedCoursesResponseResultsItem,
    )
    from ...models.search_personalized_catalog_retrieve_response_200 import (
        SearchPersonalizedCatalogRetrieveResponse200,
    )
    from ...models.user_search_response import UserSearchResponse
    from ...models.user_search_response_results_item import UserSearchResponseResultsItem
    from ...types import UNSET, Unset


class AsyncSearchApi:
    """The ``search`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def search_ai_search_retrieve(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: str | Unset = UNSET,
    ) -> MentorSearchResponse:
        """Legacy endpoint for backward compatible mentor search

        ``GET /api/search/ai-search/`` (operation ``search_ai_search_retrieve``)

        Args:
            audience (list[str] | Unset): Filter by target audience
            category (list[str] | Unset): Filter by mentor category
            created_by (str | Unset): Filter mentors created by specific user
            filter_facet (bool | Unset): If present, return only facets without results
            id (int | Unset): Retrieve a specific mentor by ID
            limit (int | Unset): Number of results per page
            llm (list[str] | Unset): Filter by language model type
            offset (int | Unset): Starting position for pagination
            order_by (str | Unset): Field to sort results by ('created_at', 'recently_accessed_at')
            order_direction (str | Unset): Sort direction ('asc' or 'desc')
            page (int | Unset): Page number (1-based, used with page_size)
            page_size (int | Unset): Number of results per page
            query (str | Unset): Search term to filter mentors by name or description
            tags (list[str] | Unset): Filter by tags
            tenant (str | Unset): Filter by tenant/organization
            unique_id (str | Unset): Retrieve a specific mentor by UUID

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorSearchResponse
        """

        from .search_ai_search_retrieve import asyncio

        return await asyncio(
            audience=audience,
            category=category,
            created_by=created_by,
            filter_facet=filter_facet,
            id=id,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            page=page,
            page_size=page_size,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            client=self._client,
        )

    async def search_ai_search_retrieve_detailed(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: str | Unset = UNSET,
    ) -> Response[MentorSearchResponse]:
        """Like `search_ai_search_retrieve`, returning the whole `Response` and raising no status error."""
        from .search_ai_search_retrieve import asyncio_detailed

        return await asyncio_detailed(
            audience=audience,
            category=category,
            created_by=created_by,
            filter_facet=filter_facet,
            id=id,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            page=page,
            page_size=page_size,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            client=self._client,
        )

    def search_ai_search_retrieve_iter(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Mentor]:
        """Every `Mentor` of `search_ai_search_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .search_ai_search_retrieve import asyncio

        return paginate(
            asyncio,
            audience=audience,
            category=category,
            created_by=created_by,
            filter_facet=filter_facet,
            id=id,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            page=page,
            page_size=page_size,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def search_catalog_retrieve(
        self,
        *,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
    ) -> GlobalCatalogSearchResponse:
        """Search and filter content across the learning catalog.

        This endpoint provides a powerful search interface for discovering content across multiple
        content types (courses, programs, pathways, skills, roles, resources). It supports full-text
        search, faceted filtering, and pagination.

        Query Parameters:
        query (str, optional): Search term to filter content by name or description
        content (list, optional): Content types to include in results
        (courses, programs, pathways, skills, roles, resources)
        Default: ["programs", "courses", "pathways", "skills"]
        # Filtering parameters
        course_id (str, optional): Filter by specific course ID
        program_id (str, optional): Filter by specific program ID
        pathway_id (str, optional): Filter by specific pathway ID
        skill_id (str, optional): Filter by specific skill ID
        subject (list, optional): Filter by subject areas
        tenant (list, optional): Filter by tenant/organization
        topics (list, optional): Filter by topic areas
        tags (list, optional): Filter by tags
        level (list, optional): Filter by difficulty level
        self_paced (list, optional): Filter by course format (self-paced, instructor-led)
        promotion (list, optional): Filter by promotion status
        language (list, optional): Filter by content language
        certificate (list, optional): Filter by certificate type
        program_type (list, optional): Filter by program type
        duration (list, optional): Filter by course duration range
        price (str, optional): Filter by price/audit status
        resource_type (list, optional): Filter by resource type
        skills (list, optional): Filter by skills
        # Sorting and pagination
        order_by (str, optional): Field to sort results by
        order_ascending (bool, optional): Sort direction (default: false)
        alphabetical (bool, optional): Sort alphabetically by name (default: false)
        limit (int, optional): Number of results per page (default: 12, max: 100)
        offset (int, optional): Starting position for pagination
        # Response options
        return_facet (bool, optional): Include facet data in response (default: true)
        return_items (bool, optional): Include items in programs/pathways (default: false)
        allow_skill_search (bool, optional): Enable skill-based search (default: false)
        update_facet (str, optional): Force facet update

        Returns:
        A JSON response containing:
        - results: List of content items with metadata
        - count: Total number of matching items
        - next: URL for the next page of results (if available)
        - previous: URL for the previous page of results (if available)
        - current_page: Current page number
        - total_pages: Total number of pages
        - facets: Aggregated counts for each filter category (if requested)

        Each content item contains type-specific fields:
        - Courses:
        {
        "id": 123,
        "type": "course",
        "course_id": "CS101",
        "name": "Introduction to Computer Science",
        "description": "Learn the fundamentals of computer science",
        "short_description": "CS fundamentals",
        "image_url": "https://example.com/images/cs101.jpg",
        "level": "Beginner",
        "subject": "Computer Science",
        "topics": ["Programming", "Algorithms"],
        "tags": ["python", "coding"],
        "language": "English",
        "tenant": "example-university",
        "self_paced": true,
        "duration": "6 weeks",
        "certificate": "Professional Certificate",
        "price": "Free",
        "skills": [
        {"id": 1, "name": "Python Programming"},
        {"id": 2, "name": "Algorithms"}
        ],
        "url": "https://example.com/courses/cs101"
        }
        - Programs:
        {
        "id": 456,
        "type": "program",
        "program_id": "PROG123",
        "name": "Data Science Program",
        "description": "Comprehensive data science curriculum",
        "short_description": "Learn data science",
        "image_url": "https://example.com/images/datascience.jpg",
        "level": "Intermediate",
        "subject": "Data Science",
        "topics": ["Machine Learning", "Statistics"],
        "program_type": "Professional Certificate",
        "courses": [
        {"id": 123, "name": "Introduction to Python"},
        {"id": 124, "name": "Statistics for Data Science"}
        ],
        "url": "https://example.com/programs/prog123"
        }
        - Pathways:
        {
        "id": 789,
        "type": "pathway",
        "pathway_id": "PATH456",
        "name": "Software Engineering Career Path",
        "description": "Complete pathway to become a software engineer",
        "image_url": "https://example.com/images/swe-path.jpg",
        "programs": [
        {"id": 456, "name": "Programming Fundamentals"},
        {"id": 457, "name": "Web Development"}
        ],
        "url": "https://example.com/pathways/path456"
        }
        - Skills:
        {
        "id": 321,
        "type": "skill",
        "name": "Machine Learning",
        "description": "Building systems that learn from data",
        "courses": [
        {"id": 125, "name": "Machine Learning Fundamentals"}
        ],
        "related_skills": [
        {"id": 322, "name": "Deep Learning"}
        ]
        }
        - Roles:
        {
        "id": 654,
        "type": "role",
        "name": "Data Scientist",
        "description": "Professional who analyzes and interprets complex data",
        "skills": [
        {"id": 321, "name": "Machine Learning"},
        {"id": 323, "name": "Data Analysis"}
        ],
        "recommended_courses": [
        {"id": 125, "name": "Machine Learning Fundamentals"}
        ]
        }
        - Resources:
        {
        "id": 987,
        "type": "resource",
        "name": "Python Cheat Sheet",
        "description": "Quick reference guide for Python",
        "resource_type": "PDF",
        "url": "https://example.com/resources/python-cheatsheet.pdf",
        "topics": ["Programming", "Python"]
        }

        Error Responses:
        500 Internal Server Error: If an unexpected error occurs during processing

        Notes:
        - Results are cached for performance
        - The 'resources' content type is only included by default if IBL_ENABLE_RESOURCES_IN_FACET is
        true
        - For debugging, add ?debug=true to see detailed information about skill matching

        ``GET /api/search/catalog/`` (operation ``search_catalog_retrieve``)

        Args:
            allow_skill_search (bool | Unset): Enable skill-based search
            alphabetical (bool | Unset): Sort alphabetically by name
            certificate (list[str] | Unset): Filter by certificate type
            content (list[str] | Unset): Content types to include in results
            course_id (str | Unset): Filter by specific course ID
            duration (list[str] | Unset): Filter by course duration range
            language (list[str] | Unset): Filter by content language
            level (list[str] | Unset): Filter by difficulty level
            limit (int | Unset): Number of results per page
            offset (int | Unset): Starting position for pagination
            order_ascending (bool | Unset): Sort direction
            order_by (str | Unset): Field to sort results by
            pathway_id (str | Unset): Filter by specific pathway ID
            price (str | Unset): Filter by price/audit status
            program_id (str | Unset): Filter by specific program ID
            program_type (list[str] | Unset): Filter by program type
            promotion (list[str] | Unset): Filter by promotion status
            query (str | Unset): Search term to filter content by name or description
            resource_type (list[str] | Unset): Filter by resource type
            return_facet (bool | Unset): Include facet data in response
            return_items (bool | Unset): Include items in programs/pathways
            self_paced (list[str] | Unset): Filter by course format
            skill_id (str | Unset): Filter by specific skill ID
            skills (list[str] | Unset): Filter by skills
            subject (list[str] | Unset): Filter by subject areas
            tags (list[str] | Unset): Filter by tags
            tenant (str | Unset): Filter by tenant/organization
            topics (list[str] | Unset): Filter by topic areas
            update_facet (str | Unset): Force facet update

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            GlobalCatalogSearchResponse
        """

        from .search_catalog_retrieve import asyncio

        return await asyncio(
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
            client=self._client,
        )

    async def search_catalog_retrieve_detailed(
        self,
        *,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
    ) -> Response[GlobalCatalogSearchResponse]:
        """Like `search_catalog_retrieve`, returning the whole `Response` and raising no status error."""
        from .search_catalog_retrieve import asyncio_detailed

        return await asyncio_detailed(
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
            client=self._client,
        )

    def search_catalog_retrieve_iter(
        self,
        *,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[GlobalCatalogSearchResponseResultsItem]:
        """Every `GlobalCatalogSearchResponseResultsItem` of `search_catalog_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .search_catalog_retrieve import asyncio

        return paginate(
            asyncio,
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def search_mentors_retrieve(
        self,
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
        unique_id: str | Unset = UNSET,
    ) -> MentorSearchResponse:
        """Search and filter AI mentors across the platform.

        This endpoint provides a powerful search interface for discovering AI mentors with support for
        filtering, pagination, and detailed mentor information.

        Query Parameters:
        # Identification parameters (for detail view)
        id (int, optional): Retrieve a specific mentor by ID
        unique_id (uuid, optional): Retrieve a specific mentor by UUID
        # Search and filtering parameters
        query (str, optional): Search term to filter mentors by name or description
        tenant (str, optional): Filter by tenant/organization
        llm (list, optional): Filter by language model type
        audience (list, optional): Filter by target audience
        category (list, optional): Filter by mentor category
        tags (list, optional): Filter by tags
        created_by (str, optional): Filter mentors created by specific user
        # Sorting and pagination
        order_by (str, optional): Field to sort results by ('created_at', 'recently_accessed_at')
        order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
        limit (int, optional): Number of results per page (default: 12, max: 100)
        offset (int, optional): Starting position for pagination

        Returns:
        For detail view (when id or unique_id is provided):
        A JSON response containing a single mentor's details:
        {
        "id": 123,
        "unique_id": "550e8400-e29b-41d4-a716-446655440000",
        "name": "Professor Smith",
        "description": "AI mentor specializing in computer science",
        "image_url": "https://example.com/images/prof-smith.jpg",
        "llm": {
        "id": 1,
        "name": "GPT-4",
        "description": "Advanced language model"
        },
        "audience": {
        "id": 2,
        "name": "College Students",
        "description": "For university-level learners"
        },
        "category": "Computer Science",
        "tags": ["programming", "algorithms", "data structures"],
        "created_at": "2023-01-15T12:00:00Z",
        "recently_accessed_at": "2023-06-20T15:30:00Z",
        "platform": {
        "id": 1,
        "name": "Example University",
        "key": "example-university"
        },
        "visibility": "public",
        "settings": {
        "temperature": 0.7,
        "max_tokens": 1024,
        "system_prompt": "You are Professor Smith, an expert in computer science..."
        }
        }
        For list view:
        A JSON response containing:
        {
        "results": [
        {
        "id": 123,
        "unique_id": "550e8400-e29b-41d4-a716-446655440000",
        "name": "Professor Smith",
        "description": "AI mentor specializing in computer science",
        "image_url": "https://example.com/images/prof-smith.jpg",
        "llm": {"id": 1, "name": "GPT-4"},
        "audience": {"id": 2, "name": "College Students"},
        "category": "Computer Science",
        "tags": ["programming", "algorithms"],
        "created_at": "2023-01-15T12:00:00Z",
        "recently_accessed_at": "2023-06-20T15:30:00Z"
        },
        // Additional mentor objects...
        ],
        "count": 50,
        "next": "https://api.example.com/api/search/mentors/?limit=12&offset=12",
        "previous": null,
        "current_page": 1,
        "num_pages": 5,
        "facets": {
        "llm": [
        {"key": "GPT-4", "doc_count": 30},
        {"key": "Claude", "doc_count": 20}
        ],
        "audience": [
        {"key": "College Students", "doc_count": 35},
        {"key": "Professionals", "doc_count": 15}
        ],
        "category": [
        {"key": "Computer Science", "doc_count": 25},
        {"key": "Mathematics", "doc_count": 15},
        {"key": "Business", "doc_count": 10}
        ]
        }
        }

        Error Responses:
        400 Bad Request: If the request parameters are invalid
        404 Not Found: If the requested mentor doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Notes:
        - Results are cached for performance
        - Public mentors are visible to all users
        - Private mentors are only visible to authorized users

        ``GET /api/search/mentors/`` (operation ``search_mentors_retrieve``)

        Args:
            audience (list[str] | Unset): Filter by target audience
            category (list[str] | Unset): Filter by mentor category
            created_by (str | Unset): Filter mentors created by specific user
            featured (bool | Unset): Filter by featured status
            id (int | Unset): Retrieve a specific mentor by ID
            include_main_public_mentors (bool | Unset): Include public mentors from main tenant
            limit (int | Unset): Number of results per page
            llm (list[str] | Unset): Filter by language model type
            offset (int | Unset): Starting position for pagination
            order_by (str | Unset): Field to sort results by ('created_at', 'recently_accessed_at')
            order_direction (str | Unset): Sort direction ('asc' or 'desc')
            query (str | Unset): Search term to filter mentors by name or description
            tags (list[str] | Unset): Filter by tags
            tenant (str | Unset): Filter by tenant/organization
            unique_id (str | Unset): Retrieve a specific mentor by UUID

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorSearchResponse
        """

        from .search_mentors_retrieve import asyncio

        return await asyncio(
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
            client=self._client,
        )

    async def search_mentors_retrieve_detailed(
        self,
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
        unique_id: str | Unset = UNSET,
    ) -> Response[MentorSearchResponse]:
        """Like `search_mentors_retrieve`, returning the whole `Response` and raising no status error."""
        from .search_mentors_retrieve import asyncio_detailed

        return await asyncio_detailed(
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
            client=self._client,
        )

    def search_mentors_retrieve_iter(
        self,
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
        unique_id: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Mentor]:
        """Every `Mentor` of `search_mentors_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .search_mentors_retrieve import asyncio

        return paginate(
            asyncio,
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
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def search_mentors_documents_retrieve(
        self,
        mentor_unique_id: str,
        *,
        access: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        training_status: str | Unset = UNSET,
    ) -> DocumentSearchResponse:
        """Search and filter documents associated with a specific mentor

        ``GET /api/search/mentors/{mentor_unique_id}/documents/`` (operation ``search_mentors_documents_retrieve``)

        Args:
            mentor_unique_id (str):
            access (str | Unset): Filter by access level (e.g., 'public', 'private')
            document_type (str | Unset): Filter by document type (e.g., 'pdf', 'text')
            limit (int | Unset): Number of results per page
            offset (int | Unset): Starting position for pagination
            order_by (str | Unset): Field to sort results by ('date_created', 'last_modified',
                'document_name')
            order_direction (str | Unset): Sort direction ('asc' or 'desc')
            platform_key (str | Unset): Filter by platform key
            query (str | Unset): Search term to filter documents by name or content
            training_status (str | Unset): Filter by training status (e.g., 'trained', 'pending')

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DocumentSearchResponse
        """

        from .search_mentors_documents_retrieve import asyncio

        return await asyncio(
            mentor_unique_id,
            access=access,
            document_type=document_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            training_status=training_status,
            client=self._client,
        )

    async def search_mentors_documents_retrieve_detailed(
        self,
        mentor_unique_id: str,
        *,
        access: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        training_status: str | Unset = UNSET,
    ) -> Response[DocumentSearchResponse]:
        """Like `search_mentors_documents_retrieve`, returning the whole `Response` and raising no status error."""
        from .search_mentors_documents_retrieve import asyncio_detailed

        return await asyncio_detailed(
            mentor_unique_id,
            access=access,
            document_type=document_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            training_status=training_status,
            client=self._client,
        )

    def search_mentors_documents_retrieve_iter(
        self,
        mentor_unique_id: str,
        *,
        access: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        training_status: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Document]:
        """Every `Document` of `search_mentors_documents_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .search_mentors_documents_retrieve import asyncio

        return paginate(
            asyncio,
            mentor_unique_id,
            access=access,
            document_type=document_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            training_status=training_status,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def search_orgs_users_mentors_retrieve(
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
        unique_id: str | Unset = UNSET,
    ) -> MentorSearchResponse:
        """Handle GET requests for tenant-specific mentor search.

        Args:
        request: HTTP request object
        org: Tenant/organization key
        username: Username of the user making the request

        Returns:
        Response: DRF Response object with search results

        ``GET /api/search/orgs/{org}/users/{username}/mentors/`` (operation ``search_orgs_users_mentors_retrieve``)

        Args:
            org (str):
            username (str):
            audience (list[str] | Unset): Filter by target audience
            category (list[str] | Unset): Filter by mentor category
            created_by (str | Unset): Filter mentors created by specific user
            featured (bool | Unset): Filter by featured status
            id (int | Unset): Retrieve a specific mentor by ID
            include_main_public_mentors (bool | Unset): Include public mentors from main tenant
            limit (int | Unset): Number of results per page
            llm (list[str] | Unset): Filter by language model type
            offset (int | Unset): Starting position for pagination
            order_by (str | Unset): Field to sort results by ('created_at', 'recently_accessed_at')
            order_direction (str | Unset): Sort direction ('asc' or 'desc')
            query (str | Unset): Search term to filter mentors by name or description
            tags (list[str] | Unset): Filter by tags
            tenant (str | Unset): Filter by tenant/organization
            unique_id (str | Unset): Retrieve a specific mentor by UUID

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorSearchResponse
        """

        from .search_orgs_users_mentors_retrieve import asyncio

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
            client=self._client,
        )

    async def search_orgs_users_mentors_retrieve_detailed(
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
        unique_id: str | Unset = UNSET,
    ) -> Response[MentorSearchResponse]:
        """Like `search_orgs_users_mentors_retrieve`, returning the whole `Response` and raising no status error."""
        from .search_orgs_users_mentors_retrieve import asyncio_detailed

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
            client=self._client,
        )

    def search_orgs_users_mentors_retrieve_iter(
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
        unique_id: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Mentor]:
        """Every `Mentor` of `search_orgs_users_mentors_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .search_orgs_users_mentors_retrieve import asyncio

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
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def search_orgs_users_prompts_retrieve(
        self,
        org: str,
        username: str,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
    ) -> PromptSearchResponse:
        """Search and filter AI prompts for a specific user within a tenant.

        This endpoint extends the base prompt search functionality but filters results to only show
        prompts that are available to a specific user within a specific organization/tenant.

        Path Parameters:
        org (str): The organization/tenant identifier
        username (str): The username to filter prompts for

        Query Parameters:
        Same as PromptSearchView, plus:
        # Identification parameters (for detail view)
        id (int, optional): Retrieve a specific prompt by ID

        Returns:
        Same format as PromptSearchView, but filtered to only include prompts
        that the specified user has access to within the specified organization.

        Error Responses:
        400 Bad Request: If the request parameters are invalid
        403 Forbidden: If the requested prompt exists but the user doesn't have access
        404 Not Found: If the requested prompt doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - Results are filtered based on user's permissions within the organization
        - Private prompts are only visible to authorized users

        ``GET /api/search/orgs/{org}/users/{username}/prompts/`` (operation ``search_orgs_users_prompts_retrieve``)

        Args:
            org (str):
            username (str):
            alphabetical (bool | Unset): Sort alphabetically
            category (str | Unset): Filter by prompt category
            filter_facet (bool | Unset): If true, return only facets without results
            language (str | Unset): Filter by prompt language
            limit (int | Unset): Number of results per page
            mentor (str | Unset): Filter by mentor UUID
            offset (int | Unset): Starting position for pagination
            order_direction (str | Unset): Sort direction ('asc' or 'desc')
            query (str | Unset): Search term to filter prompts by name or content
            sort_by (str | Unset): Field to sort results by
            style (str | Unset): Filter by prompt style
            tenant (str | Unset): Filter by tenant/organization
            tone (str | Unset): Filter by prompt tone

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PromptSearchResponse
        """

        from .search_orgs_users_prompts_retrieve import asyncio

        return await asyncio(
            org,
            username,
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
        )

    async def search_orgs_users_prompts_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
    ) -> Response[PromptSearchResponse]:
        """Like `search_orgs_users_prompts_retrieve`, returning the whole `Response` and raising no status error."""
        from .search_orgs_users_prompts_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
        )

    def search_orgs_users_prompts_retrieve_iter(
        self,
        org: str,
        username: str,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Prompt]:
        """Every `Prompt` of `search_orgs_users_prompts_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .search_orgs_users_prompts_retrieve import asyncio

        return paginate(
            asyncio,
            org,
            username,
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def search_orgs_users_recommended_retrieve(
        self,
        org: str,
        username: str,
        *,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
    ) -> RecommendedCoursesResponse:
        """Determine whether to serve a detail view or a list view.

        ``GET /api/search/orgs/{org}/users/{username}/recommended/`` (operation ``search_orgs_users_recommended_retrieve``)

        Args:
            org (str):
            username (str):
            certificate (list[str] | Unset): Filter by certificate type
            content (list[str] | Unset): Content types to include in recommendations (courses,
                programs, pathways, skills, roles, resources)
            course_id (str | Unset): Retrieve a specific course by ID
            duration (list[str] | Unset): Filter by course duration range
            language (list[str] | Unset): Filter by content language
            level (list[str] | Unset): Filter by difficulty level
            limit (int | Unset): Number of results per page
            offset (int | Unset): Starting position for pagination
            pathway_id (str | Unset): Retrieve a specific pathway by ID
            price (str | Unset): Filter by price/audit status
            program_id (str | Unset): Retrieve a specific program by ID
            program_type (list[str] | Unset): Filter by program type
            query (str | Unset): Search term to filter content by name or description
            resource_id (str | Unset): Retrieve a specific resource by ID
            resource_type (list[str] | Unset): Filter by resource type
            role_id (str | Unset): Retrieve a specific role by ID
            self_paced (list[str] | Unset): Filter by course format (self-paced, instructor-led)
            skill_id (str | Unset): Retrieve a specific skill by ID
            skills (list[str] | Unset): Filter by skills
            subject (list[str] | Unset): Filter by subject areas
            tags (list[str] | Unset): Filter by tags
            tenant (str | Unset): Filter by tenant/organization
            topics (list[str] | Unset): Filter by topic areas

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RecommendedCoursesResponse
        """

        from .search_orgs_users_recommended_retrieve import asyncio

        return await asyncio(
            org,
            username,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            query=query,
            resource_id=resource_id,
            resource_type=resource_type,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            client=self._client,
        )

    async def search_orgs_users_recommended_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
    ) -> Response[RecommendedCoursesResponse]:
        """Like `search_orgs_users_recommended_retrieve`, returning the whole `Response` and raising no status error."""
        from .search_orgs_users_recommended_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            query=query,
            resource_id=resource_id,
            resource_type=resource_type,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            client=self._client,
        )

    def search_orgs_users_recommended_retrieve_iter(
        self,
        org: str,
        username: str,
        *,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[RecommendedCoursesResponseResultsItem]:
        """Every `RecommendedCoursesResponseResultsItem` of `search_orgs_users_recommended_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .search_orgs_users_recommended_retrieve import asyncio

        return paginate(
            asyncio,
            org,
            username,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            query=query,
            resource_id=resource_id,
            resource_type=resource_type,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def search_personalized_catalog_retrieve(
        self,
        username: str,
        *,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        recommended: bool | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
    ) -> SearchPersonalizedCatalogRetrieveResponse200:
        """Determine whether to serve a detail view or a list view. If any detail-identifying parameters
        are present (course_id, program_id, etc.) the detail view is returned; otherwise the aggregated
        list view is returned.

        ``GET /api/search/personalized-catalog/{username}/`` (operation ``search_personalized_catalog_retrieve``)

        Args:
            username (str):
            allow_skill_search (bool | Unset): Enable skill-based search
            alphabetical (bool | Unset): Sort alphabetically by name
            certificate (list[str] | Unset): Filter by certificate type
            content (list[str] | Unset): Content types to include in results
            course_id (str | Unset): Retrieve a specific course by ID
            duration (list[str] | Unset): Filter by course duration range
            language (list[str] | Unset): Filter by content language
            level (list[str] | Unset): Filter by difficulty level
            limit (int | Unset): Number of results per page
            offset (int | Unset): Starting position for pagination
            order_ascending (bool | Unset): Sort direction
            order_by (str | Unset): Field to sort results by
            pathway_id (str | Unset): Retrieve a specific pathway by ID
            price (str | Unset): Filter by price/audit status
            program_id (str | Unset): Retrieve a specific program by ID
            program_type (list[str] | Unset): Filter by program type
            promotion (list[str] | Unset): Filter by promotion status
            query (str | Unset): Search term to filter content by name or description
            recommended (bool | Unset): Show only recommended content
            resource_id (str | Unset): Retrieve a specific resource by ID
            resource_type (list[str] | Unset): Filter by resource type
            return_facet (bool | Unset): Include facet data in response
            return_items (bool | Unset): Include items in programs/pathways
            role_id (str | Unset): Retrieve a specific role by ID
            self_paced (list[str] | Unset): Filter by course format
            skill_id (str | Unset): Retrieve a specific skill by ID
            skills (list[str] | Unset): Filter by skills
            subject (list[str] | Unset): Filter by subject areas
            tags (list[str] | Unset): Filter by tags
            tenant (str | Unset): Filter by tenant/organization
            topics (list[str] | Unset): Filter by topic areas
            update_facet (str | Unset): Force facet update

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SearchPersonalizedCatalogRetrieveResponse200
        """

        from .search_personalized_catalog_retrieve import asyncio

        return await asyncio(
            username,
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            recommended=recommended,
            resource_id=resource_id,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
            client=self._client,
        )

    async def search_personalized_catalog_retrieve_detailed(
        self,
        username: str,
        *,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        recommended: bool | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
    ) -> Response[SearchPersonalizedCatalogRetrieveResponse200]:
        """Like `search_personalized_catalog_retrieve`, returning the whole `Response` and raising no status error."""
        from .search_personalized_catalog_retrieve import asyncio_detailed

        return await asyncio_detailed(
            username,
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            recommended=recommended,
            resource_id=resource_id,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
            client=self._client,
        )

    async def search_prompts_retrieve(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
    ) -> PromptSearchResponse:
        """Search and filter AI prompts across the platform.

        This endpoint provides a search interface for discovering AI prompts with support for filtering,
        pagination, and detailed prompt information.

        Query Parameters:
        # Identification parameters (for detail view)
        id (int, optional): Retrieve a specific prompt by ID
        # Search and filtering parameters
        query (str, optional): Search term to filter prompts by name or content
        category (str, optional): Filter by prompt category
        language (str, optional): Filter by prompt language
        style (str, optional): Filter by writing style
        tone (str, optional): Filter by tone
        tenant (str, optional): Filter by tenant/organization
        mentor (str, optional): Filter by associated mentor (UUID)
        # Sorting and pagination
        sort_by (str, optional): Field to sort results by
        order_direction (str, optional): Sort direction ('asc' or 'desc', default: 'desc')
        alphabetical (bool, optional): Sort alphabetically by name (default: false)
        limit (int, optional): Number of results per page (default: 10)
        offset (int, optional): Starting position for pagination
        # Special parameters
        filter_facet (any, optional): If present, return only facets without results

        Returns:
        For detail view (when id is provided):
        A JSON response containing a single prompt's details:
        {
        "id": 456,
        "name": "Essay Writing Guide",
        "content": "Write a well-structured essay on the following topic: {{topic}}...",
        "category": "Academic Writing",
        "language": "English",
        "style": "Formal",
        "tone": "Professional",
        "mentor": {
        "id": 123,
        "unique_id": "550e8400-e29b-41d4-a716-446655440000",
        "name": "Professor Smith"
        },
        "platform": {
        "id": 1,
        "name": "Example University",
        "key": "example-university"
        },
        "created_at": "2023-02-10T09:15:00Z",
        "updated_at": "2023-05-05T14:20:00Z",
        "visibility": "public",
        "variables": ["topic", "length", "style"]
        }
        For list view:
        A JSON response containing:
        {
        "results": [
        {
        "id": 456,
        "name": "Essay Writing Guide",
        "content": "Write a well-structured essay on the following topic: {{topic}}...",
        "category": "Academic Writing",
        "language": "English",
        "style": "Formal",
        "tone": "Professional",
        "mentor": {"id": 123, "name": "Professor Smith"},
        "created_at": "2023-02-10T09:15:00Z",
        "updated_at": "2023-05-05T14:20:00Z"
        },
        // Additional prompt objects...
        ],
        "count": 30,
        "next": "?limit=10&offset=10",
        "previous": null,
        "current_page": 1,
        "num_pages": 3,
        "facets": {
        "category": [
        {"key": "Academic Writing", "doc_count": 15},
        {"key": "Creative Writing", "doc_count": 10},
        {"key": "Technical Documentation", "doc_count": 5}
        ],
        "language": [
        {"key": "English", "doc_count": 25},
        {"key": "Spanish", "doc_count": 5}
        ],
        "style": [
        {"key": "Formal", "doc_count": 20},
        {"key": "Casual", "doc_count": 10}
        ],
        "tone": [
        {"key": "Professional", "doc_count": 15},
        {"key": "Friendly", "doc_count": 10},
        {"key": "Technical", "doc_count": 5}
        ]
        }
        }

        Error Responses:
        400 Bad Request: If the request parameters are invalid
        403 Forbidden: If the requested prompt exists but is not publicly available
        404 Not Found: If the requested prompt doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Notes:
        - Only publicly available prompts are returned by default
        - When filtering by mentor, the mentor ID must be a valid UUID

        ``GET /api/search/prompts/`` (operation ``search_prompts_retrieve``)

        Args:
            alphabetical (bool | Unset): Sort alphabetically
            category (str | Unset): Filter by prompt category
            filter_facet (bool | Unset): If true, return only facets without results
            language (str | Unset): Filter by prompt language
            limit (int | Unset): Number of results per page
            mentor (str | Unset): Filter by mentor UUID
            offset (int | Unset): Starting position for pagination
            order_direction (str | Unset): Sort direction ('asc' or 'desc')
            query (str | Unset): Search term to filter prompts by name or content
            sort_by (str | Unset): Field to sort results by
            style (str | Unset): Filter by prompt style
            tenant (str | Unset): Filter by tenant/organization
            tone (str | Unset): Filter by prompt tone

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PromptSearchResponse
        """

        from .search_prompts_retrieve import asyncio

        return await asyncio(
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
        )

    async def search_prompts_retrieve_detailed(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
    ) -> Response[PromptSearchResponse]:
        """Like `search_prompts_retrieve`, returning the whole `Response` and raising no status error."""
        from .search_prompts_retrieve import asyncio_detailed

        return await asyncio_detailed(
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
        )

    def search_prompts_retrieve_iter(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Prompt]:
        """Every `Prompt` of `search_prompts_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .search_prompts_retrieve import asyncio

        return paginate(
            asyncio,
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def search_users_orgs_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        department: list[str] | Unset = UNSET,
        education_degree: str | Unset = UNSET,
        education_field_of_study: str | Unset = UNSET,
        education_institution: str | Unset = UNSET,
        include_membership_data: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        q: str | Unset = UNSET,
        user_resume_company: str | Unset = UNSET,
        user_resume_industry: str | Unset = UNSET,
        user_resume_job_title: str | Unset = UNSET,
        user_resume_location: str | Unset = UNSET,
        user_resume_skills: str | Unset = UNSET,
    ) -> UserSearchResponse:
        """Search and filter users within a specific organization/tenant.

        This endpoint provides a search interface for discovering users within an organization, with
        support for filtering by departments, pagination, and faceted filtering.

        Path Parameters:
        org (str): The organization/tenant identifier
        username (str): The username of the user making the request

        Query Parameters:
        # Search parameters
        query (str, optional): Search term to filter users by name, username, or email
        # Department filtering
        department_mode (bool, optional): Enable department-based filtering (default: false)
        user_department (bool, optional): Legacy parameter for department_mode (default: false)
        department (list, optional): Filter by specific departments
        # Additional filters
        role (list, optional): Filter by user role
        status (list, optional): Filter by user status (active, inactive)
        joined_date (list, optional): Filter by join date range
        last_login (list, optional): Filter by last login date range
        # Pagination
        limit (int, optional): Number of results per page (default: 10)
        offset (int, optional): Starting position for pagination

        Returns:
        A JSON response containing:
        ```
        {
        "results": [
        {
        "id": 123,
        "username": "john.doe",
        "email": "john.doe@example.com",
        "first_name": "John",
        "last_name": "Doe",
        "full_name": "John Doe",
        "profile_image": "https://example.com/profiles/john-doe.jpg",
        "role": "Student",
        "departments": ["Computer Science", "Data Science"],
        "status": "active",
        "joined_date": "2023-01-15T12:00:00Z",
        "last_login": "2023-06-20T15:30:00Z",
        "metadata": {
        "location": "New York",
        "title": "Software Engineer",
        "bio": "Experienced software engineer with a passion for education"
        }
        },
        // Additional user objects...
        ],
        "count": 50,
        "next": "https://api.example.com/api/search/users/example-org/admin/?limit=10&offset=10",
        "previous": null,
        "current_page": 1,
        "total_pages": 5,
        "facets": {
        "role": [
        {"key": "Student", "doc_count": 30},
        {"key": "Instructor", "doc_count": 15},
        {"key": "Admin", "doc_count": 5}
        ],
        "department": [
        {"key": "Computer Science", "doc_count": 20},
        {"key": "Data Science", "doc_count": 15},
        {"key": "Business", "doc_count": 10},
        {"key": "Engineering", "doc_count": 5}
        ],
        "status": [
        {"key": "active", "doc_count": 45},
        {"key": "inactive", "doc_count": 5}
        ]
        }
        }
        ``` Error Responses:
        400 Bad Request: If the request parameters are invalid
        403 Forbidden: If the user doesn't have department admin privileges (when using department_mode)
        404 Not Found: If the user or organization doesn't exist
        500 Internal Server Error: If an unexpected error occurs

        Access Control:
        - The requesting user must have an active account in the specified organization
        - When department_mode is enabled, the user must be an admin of at least one department
        - Department filtering restricts results to users in departments where the requesting user is an
        admin

        ``GET /api/search/users/orgs/{org}/users/{username}/`` (operation ``search_users_orgs_users_retrieve``)

        Args:
            org (str):
            username (str):
            department (list[str] | Unset): Filter by department names
            education_degree (str | Unset): Filter by degree
            education_field_of_study (str | Unset): Filter by field of study
            education_institution (str | Unset): Filter by institution
            include_membership_data (bool | Unset): Include user group membership data in results
            limit (int | Unset): Number of results per page
            offset (int | Unset): Starting position for pagination
            q (str | Unset): Search term to filter users by name, email, or other attributes
            user_resume_company (str | Unset): Filter by company
            user_resume_industry (str | Unset): Filter by industry
            user_resume_job_title (str | Unset): Filter by job title
            user_resume_location (str | Unset): Filter by location
            user_resume_skills (str | Unset): Filter by skills

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserSearchResponse
        """

        from .search_users_orgs_users_retrieve import asyncio

        return await asyncio(
            org,
            username,
            department=department,
            education_degree=education_degree,
            education_field_of_study=education_field_of_study,
            education_institution=education_institution,
            include_membership_data=include_membership_data,
            limit=limit,
            offset=offset,
            q=q,
            user_resume_company=user_resume_company,
            user_resume_industry=user_resume_industry,
            user_resume_job_title=user_resume_job_title,
            user_resume_location=user_resume_location,
            user_resume_skills=user_resume_skills,
            client=self._client,
        )

    async def search_users_orgs_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        department: list[str] | Unset = UNSET,
        education_degree: str | Unset = UNSET,
        education_field_of_study: str | Unset = UNSET,
        education_institution: str | Unset = UNSET,
        include_membership_data: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        q: str | Unset = UNSET,
        user_resume_company: str | Unset = UNSET,
        user_resume_industry: str | Unset = UNSET,
        user_resume_job_title: str | Unset = UNSET,
        user_resume_location: str | Unset = UNSET,
        user_resume_skills: str | Unset = UNSET,
    ) -> Response[UserSearchResponse]:
        """Like `search_users_orgs_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .search_users_orgs_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            department=department,
            education_degree=education_degree,
            education_field_of_study=education_field_of_study,
            education_institution=education_institution,
            include_membership_data=include_membership_data,
            limit=limit,
            offset=offset,
            q=q,
            user_resume_company=user_resume_company,
            user_resume_industry=user_resume_industry,
            user_resume_job_title=user_resume_job_title,
            user_resume_location=user_resume_location,
            user_resume_skills=user_resume_skills,
            client=self._client,
        )

    def search_users_orgs_users_retrieve_iter(
        self,
        org: str,
        username: str,
        *,
        department: list[str] | Unset = UNSET,
        education_degree: str | Unset = UNSET,
        education_field_of_study: str | Unset = UNSET,
        education_institution: str | Unset = UNSET,
        include_membership_data: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        q: str | Unset = UNSET,
        user_resume_company: str | Unset = UNSET,
        user_resume_industry: str | Unset = UNSET,
        user_resume_job_title: str | Unset = UNSET,
        user_resume_location: str | Unset = UNSET,
        user_resume_skills: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[UserSearchResponseResultsItem]:
        """Every `UserSearchResponseResultsItem` of `search_users_orgs_users_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .search_users_orgs_users_retrieve import asyncio

        return paginate(
            asyncio,
            org,
            username,
            department=department,
            education_degree=education_degree,
            education_field_of_study=education_field_of_study,
            education_institution=education_institution,
            include_membership_data=include_membership_data,
            limit=limit,
            offset=offset,
            q=q,
            user_resume_company=user_resume_company,
            user_resume_industry=user_resume_industry,
            user_resume_job_title=user_resume_job_title,
            user_resume_location=user_resume_location,
            user_resume_skills=user_resume_skills,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )


class SearchApi:
    """The ``search`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def search_ai_search_retrieve(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: str | Unset = UNSET,
    ) -> MentorSearchResponse:
        """See `AsyncSearchApi.search_ai_search_retrieve`."""
        from .search_ai_search_retrieve import sync

        return sync(
            audience=audience,
            category=category,
            created_by=created_by,
            filter_facet=filter_facet,
            id=id,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            page=page,
            page_size=page_size,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            client=self._client,
        )

    def search_ai_search_retrieve_detailed(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: str | Unset = UNSET,
    ) -> Response[MentorSearchResponse]:
        """See `AsyncSearchApi.search_ai_search_retrieve_detailed`."""
        from .search_ai_search_retrieve import sync_detailed

        return sync_detailed(
            audience=audience,
            category=category,
            created_by=created_by,
            filter_facet=filter_facet,
            id=id,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            page=page,
            page_size=page_size,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            client=self._client,
        )

    def search_ai_search_retrieve_iter(
        self,
        *,
        audience: list[str] | Unset = UNSET,
        category: list[str] | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        llm: list[str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        unique_id: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Mentor]:
        """See `AsyncSearchApi.search_ai_search_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .search_ai_search_retrieve import sync

        return paginate(
            sync,
            audience=audience,
            category=category,
            created_by=created_by,
            filter_facet=filter_facet,
            id=id,
            limit=limit,
            llm=llm,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            page=page,
            page_size=page_size,
            query=query,
            tags=tags,
            tenant=tenant,
            unique_id=unique_id,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def search_catalog_retrieve(
        self,
        *,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
    ) -> GlobalCatalogSearchResponse:
        """See `AsyncSearchApi.search_catalog_retrieve`."""
        from .search_catalog_retrieve import sync

        return sync(
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
            client=self._client,
        )

    def search_catalog_retrieve_detailed(
        self,
        *,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
    ) -> Response[GlobalCatalogSearchResponse]:
        """See `AsyncSearchApi.search_catalog_retrieve_detailed`."""
        from .search_catalog_retrieve import sync_detailed

        return sync_detailed(
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
            client=self._client,
        )

    def search_catalog_retrieve_iter(
        self,
        *,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[GlobalCatalogSearchResponseResultsItem]:
        """See `AsyncSearchApi.search_catalog_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .search_catalog_retrieve import sync

        return paginate(
            sync,
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def search_mentors_retrieve(
        self,
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
        unique_id: str | Unset = UNSET,
    ) -> MentorSearchResponse:
        """See `AsyncSearchApi.search_mentors_retrieve`."""
        from .search_mentors_retrieve import sync

        return sync(
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
            client=self._client,
        )

    def search_mentors_retrieve_detailed(
        self,
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
        unique_id: str | Unset = UNSET,
    ) -> Response[MentorSearchResponse]:
        """See `AsyncSearchApi.search_mentors_retrieve_detailed`."""
        from .search_mentors_retrieve import sync_detailed

        return sync_detailed(
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
            client=self._client,
        )

    def search_mentors_retrieve_iter(
        self,
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
        unique_id: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Mentor]:
        """See `AsyncSearchApi.search_mentors_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .search_mentors_retrieve import sync

        return paginate(
            sync,
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
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def search_mentors_documents_retrieve(
        self,
        mentor_unique_id: str,
        *,
        access: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        training_status: str | Unset = UNSET,
    ) -> DocumentSearchResponse:
        """See `AsyncSearchApi.search_mentors_documents_retrieve`."""
        from .search_mentors_documents_retrieve import sync

        return sync(
            mentor_unique_id,
            access=access,
            document_type=document_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            training_status=training_status,
            client=self._client,
        )

    def search_mentors_documents_retrieve_detailed(
        self,
        mentor_unique_id: str,
        *,
        access: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        training_status: str | Unset = UNSET,
    ) -> Response[DocumentSearchResponse]:
        """See `AsyncSearchApi.search_mentors_documents_retrieve_detailed`."""
        from .search_mentors_documents_retrieve import sync_detailed

        return sync_detailed(
            mentor_unique_id,
            access=access,
            document_type=document_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            training_status=training_status,
            client=self._client,
        )

    def search_mentors_documents_retrieve_iter(
        self,
        mentor_unique_id: str,
        *,
        access: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        training_status: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Document]:
        """See `AsyncSearchApi.search_mentors_documents_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .search_mentors_documents_retrieve import sync

        return paginate(
            sync,
            mentor_unique_id,
            access=access,
            document_type=document_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            training_status=training_status,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def search_orgs_users_mentors_retrieve(
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
        unique_id: str | Unset = UNSET,
    ) -> MentorSearchResponse:
        """See `AsyncSearchApi.search_orgs_users_mentors_retrieve`."""
        from .search_orgs_users_mentors_retrieve import sync

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
            client=self._client,
        )

    def search_orgs_users_mentors_retrieve_detailed(
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
        unique_id: str | Unset = UNSET,
    ) -> Response[MentorSearchResponse]:
        """See `AsyncSearchApi.search_orgs_users_mentors_retrieve_detailed`."""
        from .search_orgs_users_mentors_retrieve import sync_detailed

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
            client=self._client,
        )

    def search_orgs_users_mentors_retrieve_iter(
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
        unique_id: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Mentor]:
        """See `AsyncSearchApi.search_orgs_users_mentors_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .search_orgs_users_mentors_retrieve import sync

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
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def search_orgs_users_prompts_retrieve(
        self,
        org: str,
        username: str,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
    ) -> PromptSearchResponse:
        """See `AsyncSearchApi.search_orgs_users_prompts_retrieve`."""
        from .search_orgs_users_prompts_retrieve import sync

        return sync(
            org,
            username,
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
        )

    def search_orgs_users_prompts_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
    ) -> Response[PromptSearchResponse]:
        """See `AsyncSearchApi.search_orgs_users_prompts_retrieve_detailed`."""
        from .search_orgs_users_prompts_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
        )

    def search_orgs_users_prompts_retrieve_iter(
        self,
        org: str,
        username: str,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Prompt]:
        """See `AsyncSearchApi.search_orgs_users_prompts_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .search_orgs_users_prompts_retrieve import sync

        return paginate(
            sync,
            org,
            username,
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def search_orgs_users_recommended_retrieve(
        self,
        org: str,
        username: str,
        *,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
    ) -> RecommendedCoursesResponse:
        """See `AsyncSearchApi.search_orgs_users_recommended_retrieve`."""
        from .search_orgs_users_recommended_retrieve import sync

        return sync(
            org,
            username,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            query=query,
            resource_id=resource_id,
            resource_type=resource_type,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            client=self._client,
        )

    def search_orgs_users_recommended_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
    ) -> Response[RecommendedCoursesResponse]:
        """See `AsyncSearchApi.search_orgs_users_recommended_retrieve_detailed`."""
        from .search_orgs_users_recommended_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            query=query,
            resource_id=resource_id,
            resource_type=resource_type,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            client=self._client,
        )

    def search_orgs_users_recommended_retrieve_iter(
        self,
        org: str,
        username: str,
        *,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[RecommendedCoursesResponseResultsItem]:
        """See `AsyncSearchApi.search_orgs_users_recommended_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .search_orgs_users_recommended_retrieve import sync

        return paginate(
            sync,
            org,
            username,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            query=query,
            resource_id=resource_id,
            resource_type=resource_type,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def search_personalized_catalog_retrieve(
        self,
        username: str,
        *,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        recommended: bool | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
    ) -> SearchPersonalizedCatalogRetrieveResponse200:
        """See `AsyncSearchApi.search_personalized_catalog_retrieve`."""
        from .search_personalized_catalog_retrieve import sync

        return sync(
            username,
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            recommended=recommended,
            resource_id=resource_id,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
            client=self._client,
        )

    def search_personalized_catalog_retrieve_detailed(
        self,
        username: str,
        *,
        allow_skill_search: bool | Unset = UNSET,
        alphabetical: bool | Unset = UNSET,
        certificate: list[str] | Unset = UNSET,
        content: list[str] | Unset = UNSET,
        course_id: str | Unset = UNSET,
        duration: list[str] | Unset = UNSET,
        language: list[str] | Unset = UNSET,
        level: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_ascending: bool | Unset = UNSET,
        order_by: str | Unset = UNSET,
        pathway_id: str | Unset = UNSET,
        price: str | Unset = UNSET,
        program_id: str | Unset = UNSET,
        program_type: list[str] | Unset = UNSET,
        promotion: list[str] | Unset = UNSET,
        query: str | Unset = UNSET,
        recommended: bool | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        resource_type: list[str] | Unset = UNSET,
        return_facet: bool | Unset = UNSET,
        return_items: bool | Unset = UNSET,
        role_id: str | Unset = UNSET,
        self_paced: list[str] | Unset = UNSET,
        skill_id: str | Unset = UNSET,
        skills: list[str] | Unset = UNSET,
        subject: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        tenant: str | Unset = UNSET,
        topics: list[str] | Unset = UNSET,
        update_facet: str | Unset = UNSET,
    ) -> Response[SearchPersonalizedCatalogRetrieveResponse200]:
        """See `AsyncSearchApi.search_personalized_catalog_retrieve_detailed`."""
        from .search_personalized_catalog_retrieve import sync_detailed

        return sync_detailed(
            username,
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            recommended=recommended,
            resource_id=resource_id,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
            client=self._client,
        )

    def search_prompts_retrieve(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
    ) -> PromptSearchResponse:
        """See `AsyncSearchApi.search_prompts_retrieve`."""
        from .search_prompts_retrieve import sync

        return sync(
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
        )

    def search_prompts_retrieve_detailed(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
    ) -> Response[PromptSearchResponse]:
        """See `AsyncSearchApi.search_prompts_retrieve_detailed`."""
        from .search_prompts_retrieve import sync_detailed

        return sync_detailed(
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
        )

    def search_prompts_retrieve_iter(
        self,
        *,
        alphabetical: bool | Unset = UNSET,
        category: str | Unset = UNSET,
        filter_facet: bool | Unset = UNSET,
        language: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        order_direction: str | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        style: str | Unset = UNSET,
        tenant: str | Unset = UNSET,
        tone: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Prompt]:
        """See `AsyncSearchApi.search_prompts_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .search_prompts_retrieve import sync

        return paginate(
            sync,
            alphabetical=alphabetical,
            category=category,
            filter_facet=filter_facet,
            language=language,
            limit=limit,
            mentor=mentor,
            offset=offset,
            order_direction=order_direction,
            query=query,
            sort_by=sort_by,
            style=style,
            tenant=tenant,
            tone=tone,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def search_users_orgs_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        department: list[str] | Unset = UNSET,
        education_degree: str | Unset = UNSET,
        education_field_of_study: str | Unset = UNSET,
        education_institution: str | Unset = UNSET,
        include_membership_data: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        q: str | Unset = UNSET,
        user_resume_company: str | Unset = UNSET,
        user_resume_industry: str | Unset = UNSET,
        user_resume_job_title: str | Unset = UNSET,
        user_resume_location: str | Unset = UNSET,
        user_resume_skills: str | Unset = UNSET,
    ) -> UserSearchResponse:
        """See `AsyncSearchApi.search_users_orgs_users_retrieve`."""
        from .search_users_orgs_users_retrieve import sync

        return sync(
            org,
            username,
            department=department,
            education_degree=education_degree,
            education_field_of_study=education_field_of_study,
            education_institution=education_institution,
            include_membership_data=include_membership_data,
            limit=limit,
            offset=offset,
            q=q,
            user_resume_company=user_resume_company,
            user_resume_industry=user_resume_industry,
            user_resume_job_title=user_resume_job_title,
            user_resume_location=user_resume_location,
            user_resume_skills=user_resume_skills,
            client=self._client,
        )

    def search_users_orgs_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        department: list[str] | Unset = UNSET,
        education_degree: str | Unset = UNSET,
        education_field_of_study: str | Unset = UNSET,
        education_institution: str | Unset = UNSET,
        include_membership_data: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        q: str | Unset = UNSET,
        user_resume_company: str | Unset = UNSET,
        user_resume_industry: str | Unset = UNSET,
        user_resume_job_title: str | Unset = UNSET,
        user_resume_location: str | Unset = UNSET,
        user_resume_skills: str | Unset = UNSET,
    ) -> Response[UserSearchResponse]:
        """See `AsyncSearchApi.search_users_orgs_users_retrieve_detailed`."""
        from .search_users_orgs_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            department=department,
            education_degree=education_degree,
            education_field_of_study=education_field_of_study,
            education_institution=education_institution,
            include_membership_data=include_membership_data,
            limit=limit,
            offset=offset,
            q=q,
            user_resume_company=user_resume_company,
            user_resume_industry=user_resume_industry,
            user_resume_job_title=user_resume_job_title,
            user_resume_location=user_resume_location,
            user_resume_skills=user_resume_skills,
            client=self._client,
        )

    def search_users_orgs_users_retrieve_iter(
        self,
        org: str,
        username: str,
        *,
        department: list[str] | Unset = UNSET,
        education_degree: str | Unset = UNSET,
        education_field_of_study: str | Unset = UNSET,
        education_institution: str | Unset = UNSET,
        include_membership_data: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        q: str | Unset = UNSET,
        user_resume_company: str | Unset = UNSET,
        user_resume_industry: str | Unset = UNSET,
        user_resume_job_title: str | Unset = UNSET,
        user_resume_location: str | Unset = UNSET,
        user_resume_skills: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[UserSearchResponseResultsItem]:
        """See `AsyncSearchApi.search_users_orgs_users_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .search_users_orgs_users_retrieve import sync

        return paginate(
            sync,
            org,
            username,
            department=department,
            education_degree=education_degree,
            education_field_of_study=education_field_of_study,
            education_institution=education_institution,
            include_membership_data=include_membership_data,
            limit=limit,
            offset=offset,
            q=q,
            user_resume_company=user_resume_company,
            user_resume_industry=user_resume_industry,
            user_resume_job_title=user_resume_job_title,
            user_resume_location=user_resume_location,
            user_resume_skills=user_resume_skills,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )
