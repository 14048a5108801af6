"""Operations tagged ``recommendations`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncRecommendationsApi` / `RecommendationsApi`, reached as
``client.recommendations``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.recommendation_search_api import RecommendationSearchAPI


class AsyncRecommendationsApi:
    """The ``recommendations`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def recommendations_orgs_users_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RecommendationSearchAPI:
        """API endpoint that returns a search api url prepopulated with context data See
        http://localhost:8000/api/schema/swagger-ui/#/recommendations

        ``GET /api/recommendations/orgs/{org}/users/{user_id}/`` (operation ``recommendations_orgs_users_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RecommendationSearchAPI
        """

        from .recommendations_orgs_users_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def recommendations_orgs_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RecommendationSearchAPI]:
        """Like `recommendations_orgs_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .recommendations_orgs_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class RecommendationsApi:
    """The ``recommendations`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def recommendations_orgs_users_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RecommendationSearchAPI:
        """See `AsyncRecommendationsApi.recommendations_orgs_users_retrieve`."""
        from .recommendations_orgs_users_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def recommendations_orgs_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RecommendationSearchAPI]:
        """See `AsyncRecommendationsApi.recommendations_orgs_users_retrieve_detailed`."""
        from .recommendations_orgs_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
