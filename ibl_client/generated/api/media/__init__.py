"""Operations tagged ``media`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncMediaApi` / `MediaApi`, reached as
``client.media``. A method imports its operation module on first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.media_resource_request import MediaResourceRequest
    from ...models.patched_media_resource_request import PatchedMediaResourceRequest
    from ...types import UNSET, Unset


class AsyncMediaApi:
    """The ``media`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def media_orgs_users_media_media_resources_list(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
        across multiple fields.

        ``GET /api/media/orgs/{org}/users/{user_id}/media/media-resources/`` (operation ``media_orgs_users_media_media_resources_list``)

        Args:
            org (str): Organization identifier
            user_id (str): User identifier
            course_id (str | Unset): Filter by course ID (e.g., course-v1:main+NB101+2025-T1)
            item_id (str | Unset): Filter by item ID
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
                file_url
            unit_id (str | Unset): Filter by unit ID (e.g.,
                block-v1:main+NB101+2025-T1+type@vertical+block@12345)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .media_orgs_users_media_media_resources_list import asyncio

        return await asyncio(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            page=page,
            page_size=page_size,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `media_orgs_users_media_media_resources_list`, returning the whole `Response` and raising no status error."""
        from .media_orgs_users_media_media_resources_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            page=page,
            page_size=page_size,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MediaResourceRequest,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
        across multiple fields.

        ``POST /api/media/orgs/{org}/users/{user_id}/media/media-resources/`` (operation ``media_orgs_users_media_media_resources_create``)

        Args:
            org (str): Organization identifier
            user_id (str): User identifier
            course_id (str | Unset): Filter by course ID (e.g., course-v1:main+NB101+2025-T1)
            item_id (str | Unset): Filter by item ID
            search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
                file_url
            unit_id (str | Unset): Filter by unit ID (e.g.,
                block-v1:main+NB101+2025-T1+type@vertical+block@12345)
            body (MediaResourceRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .media_orgs_users_media_media_resources_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MediaResourceRequest,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `media_orgs_users_media_media_resources_create`, returning the whole `Response` and raising no status error."""
        from .media_orgs_users_media_media_resources_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_by_item_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str,
        item_type: str,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """Get media resources for a specific item. The item_type determines which resources are returned
        based on the provided item_id.

        ``GET /api/media/orgs/{org}/users/{user_id}/media/media-resources/by_item/`` (operation ``media_orgs_users_media_media_resources_by_item_retrieve``)

        Args:
            org (str): Organization identifier
            user_id (str): User identifier
            course_id (str | Unset): Filter by course ID (e.g., course-v1:main+NB101+2025-T1)
            item_id (str): ID of the item
            item_type (str): Type of item. Valid values: course, unit, resource, course_unit,
                course_resource, unit_resource, all
            search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
                file_url
            unit_id (str | Unset): Filter by unit ID (e.g.,
                block-v1:main+NB101+2025-T1+type@vertical+block@12345)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .media_orgs_users_media_media_resources_by_item_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            item_type=item_type,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_by_item_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str,
        item_type: str,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `media_orgs_users_media_media_resources_by_item_retrieve`, returning the whole `Response` and raising no status error."""
        from .media_orgs_users_media_media_resources_by_item_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            item_type=item_type,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_search_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        q: str,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """Search media resources by title, description, or IDs. Supports filtering results by course_id,
        unit_id, and item_id.

        ``GET /api/media/orgs/{org}/users/{user_id}/media/media-resources/search/`` (operation ``media_orgs_users_media_media_resources_search_retrieve``)

        Args:
            org (str): Organization identifier
            user_id (str): User identifier
            course_id (str | Unset): Filter results by course ID
            item_id (str | Unset): Filter results by item ID
            q (str): Search query string
            search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
                file_url
            unit_id (str | Unset): Filter results by unit ID

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .media_orgs_users_media_media_resources_search_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            q=q,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_search_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        q: str,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `media_orgs_users_media_media_resources_search_retrieve`, returning the whole `Response` and raising no status error."""
        from .media_orgs_users_media_media_resources_search_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            q=q,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
        across multiple fields.

        ``GET /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_retrieve``)

        Args:
            org (str): Organization identifier
            user_id (str): User identifier
            id (int): A unique integer value identifying this Media Resource.
            course_id (str | Unset): Filter by course ID (e.g., course-v1:main+NB101+2025-T1)
            item_id (str | Unset): Filter by item ID
            search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
                file_url
            unit_id (str | Unset): Filter by unit ID (e.g.,
                block-v1:main+NB101+2025-T1+type@vertical+block@12345)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .media_orgs_users_media_media_resources_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `media_orgs_users_media_media_resources_retrieve`, returning the whole `Response` and raising no status error."""
        from .media_orgs_users_media_media_resources_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MediaResourceRequest,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
        across multiple fields.

        ``PUT /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_update``)

        Args:
            org (str): Organization identifier
            user_id (str): User identifier
            id (int): A unique integer value identifying this Media Resource.
            course_id (str | Unset): Filter by course ID (e.g., course-v1:main+NB101+2025-T1)
            item_id (str | Unset): Filter by item ID
            search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
                file_url
            unit_id (str | Unset): Filter by unit ID (e.g.,
                block-v1:main+NB101+2025-T1+type@vertical+block@12345)
            body (MediaResourceRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .media_orgs_users_media_media_resources_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MediaResourceRequest,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `media_orgs_users_media_media_resources_update`, returning the whole `Response` and raising no status error."""
        from .media_orgs_users_media_media_resources_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
        across multiple fields.

        ``DELETE /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_destroy``)

        Args:
            org (str): Organization identifier
            user_id (str): User identifier
            id (int): A unique integer value identifying this Media Resource.
            course_id (str | Unset): Filter by course ID (e.g., course-v1:main+NB101+2025-T1)
            item_id (str | Unset): Filter by item ID
            search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
                file_url
            unit_id (str | Unset): Filter by unit ID (e.g.,
                block-v1:main+NB101+2025-T1+type@vertical+block@12345)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .media_orgs_users_media_media_resources_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `media_orgs_users_media_media_resources_destroy`, returning the whole `Response` and raising no status error."""
        from .media_orgs_users_media_media_resources_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMediaResourceRequest | Unset = UNSET,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """List and filter media resources. Supports filtering by course_id, unit_id, item_id and searching
        across multiple fields.

        ``PATCH /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/`` (operation ``media_orgs_users_media_media_resources_partial_update``)

        Args:
            org (str): Organization identifier
            user_id (str): User identifier
            id (int): A unique integer value identifying this Media Resource.
            course_id (str | Unset): Filter by course ID (e.g., course-v1:main+NB101+2025-T1)
            item_id (str | Unset): Filter by item ID
            search (str | Unset): Search across title, description, course_id, unit_id, item_id, and
                file_url
            unit_id (str | Unset): Filter by unit ID (e.g.,
                block-v1:main+NB101+2025-T1+type@vertical+block@12345)
            body (PatchedMediaResourceRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .media_orgs_users_media_media_resources_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    async def media_orgs_users_media_media_resources_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMediaResourceRequest | Unset = UNSET,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `media_orgs_users_media_media_resources_partial_update`, returning the whole `Response` and raising no status error."""
        from .media_orgs_users_media_media_resources_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )


class MediaApi:
    """The ``media`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def media_orgs_users_media_media_resources_list(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_list`."""
        from .media_orgs_users_media_media_resources_list import sync

        return sync(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            page=page,
            page_size=page_size,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_list_detailed`."""
        from .media_orgs_users_media_media_resources_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            page=page,
            page_size=page_size,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MediaResourceRequest,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_create`."""
        from .media_orgs_users_media_media_resources_create import sync

        return sync(
            org,
            user_id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MediaResourceRequest,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_create_detailed`."""
        from .media_orgs_users_media_media_resources_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_by_item_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str,
        item_type: str,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_by_item_retrieve`."""
        from .media_orgs_users_media_media_resources_by_item_retrieve import sync

        return sync(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            item_type=item_type,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_by_item_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str,
        item_type: str,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_by_item_retrieve_detailed`."""
        from .media_orgs_users_media_media_resources_by_item_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            item_type=item_type,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_search_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        q: str,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_search_retrieve`."""
        from .media_orgs_users_media_media_resources_search_retrieve import sync

        return sync(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            q=q,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_search_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        q: str,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_search_retrieve_detailed`."""
        from .media_orgs_users_media_media_resources_search_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id=course_id,
            item_id=item_id,
            q=q,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_retrieve`."""
        from .media_orgs_users_media_media_resources_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_retrieve_detailed`."""
        from .media_orgs_users_media_media_resources_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MediaResourceRequest,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_update`."""
        from .media_orgs_users_media_media_resources_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MediaResourceRequest,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_update_detailed`."""
        from .media_orgs_users_media_media_resources_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_destroy`."""
        from .media_orgs_users_media_media_resources_destroy import sync

        return sync(
            org,
            user_id,
            id,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_destroy_detailed`."""
        from .media_orgs_users_media_media_resources_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMediaResourceRequest | Unset = UNSET,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_partial_update`."""
        from .media_orgs_users_media_media_resources_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )

    def media_orgs_users_media_media_resources_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMediaResourceRequest | Unset = UNSET,
        course_id: str | Unset = UNSET,
        item_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        unit_id: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncMediaApi.media_orgs_users_media_media_resources_partial_update_detailed`."""
        from .media_orgs_users_media_media_resources_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            course_id=course_id,
            item_id=item_id,
            search=search,
            unit_id=unit_id,
            client=self._client,
        )
