"""Operations tagged ``features`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncFeaturesApi` / `FeaturesApi`, reached as
``client.features``. A method imports its operation module on first call.
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
    from ...models.activate_user_free_trial import ActivateUserFreeTrial
    from ...models.onboarding_status_update import OnboardingStatusUpdate
    from ...models.paginated_user_app_list import PaginatedUserAppList
    from ...models.user_app import UserApp
    from ...types import UNSET, Unset


class AsyncFeaturesApi:
    """The ``features`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def features_apps_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedUserAppList:
        """Returns a list of the apps that the user has access to.

        ``GET /api/features/apps/`` (operation ``features_apps_list``)

        Args:
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedUserAppList
        """

        from .features_apps_list import asyncio

        return await asyncio(
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def features_apps_list_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedUserAppList]:
        """Like `features_apps_list`, returning the whole `Response` and raising no status error."""
        from .features_apps_list import asyncio_detailed

        return await asyncio_detailed(
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def features_apps_list_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[UserApp]:
        """Every `UserApp` of `features_apps_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .features_apps_list import asyncio

        return paginate(
            asyncio,
            page=page,
            page_size=page_size,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def features_apps_update_trial_status_create(
        self,
        *,
        body: ActivateUserFreeTrial,
    ) -> ActivateUserFreeTrial:
        """Activates free trial for the user

        Set free_trial_started to True| false for the user app

        App URL or ID is required as well as the platform key

        ``POST /api/features/apps/update-trial-status/`` (operation ``features_apps_update_trial_status_create``)

        Args:
            body (ActivateUserFreeTrial):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ActivateUserFreeTrial
        """

        from .features_apps_update_trial_status_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def features_apps_update_trial_status_create_detailed(
        self,
        *,
        body: ActivateUserFreeTrial,
    ) -> Response[ActivateUserFreeTrial]:
        """Like `features_apps_update_trial_status_create`, returning the whole `Response` and raising no status error."""
        from .features_apps_update_trial_status_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def features_apps_update_create(
        self,
        *,
        body: OnboardingStatusUpdate,
    ) -> OnboardingStatusUpdate:
        """Updates the user onboarding completed status

        ``POST /api/features/apps/update/`` (operation ``features_apps_update_create``)

        Args:
            body (OnboardingStatusUpdate):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OnboardingStatusUpdate
        """

        from .features_apps_update_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def features_apps_update_create_detailed(
        self,
        *,
        body: OnboardingStatusUpdate,
    ) -> Response[OnboardingStatusUpdate]:
        """Like `features_apps_update_create`, returning the whole `Response` and raising no status error."""
        from .features_apps_update_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def features_bulk_config_create(
        self,
    ) -> Any:
        """POST Bulk update user feature config

        NOTE: Will not create user feature configs

        Params: platform_key

        config (OR) feature values

        ``POST /api/features/bulk-config/`` (operation ``features_bulk_config_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .features_bulk_config_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def features_bulk_config_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `features_bulk_config_create`, returning the whole `Response` and raising no status error."""
        from .features_bulk_config_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def features_config_retrieve(
        self,
    ) -> Any:
        """Query user feature config

        Params: user_id/username/email platform_key

        ``GET /api/features/config/`` (operation ``features_config_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .features_config_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def features_config_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """Like `features_config_retrieve`, returning the whole `Response` and raising no status error."""
        from .features_config_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def features_config_create(
        self,
    ) -> Any:
        """POST Update user feature config

        Params: user_id/username/email platform_key

        config (OR) feature values

        ``POST /api/features/config/`` (operation ``features_config_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .features_config_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def features_config_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `features_config_create`, returning the whole `Response` and raising no status error."""
        from .features_config_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )


class FeaturesApi:
    """The ``features`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def features_apps_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedUserAppList:
        """See `AsyncFeaturesApi.features_apps_list`."""
        from .features_apps_list import sync

        return sync(
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def features_apps_list_detailed(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedUserAppList]:
        """See `AsyncFeaturesApi.features_apps_list_detailed`."""
        from .features_apps_list import sync_detailed

        return sync_detailed(
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def features_apps_list_iter(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[UserApp]:
        """See `AsyncFeaturesApi.features_apps_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .features_apps_list import sync

        return paginate(
            sync,
            page=page,
            page_size=page_size,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def features_apps_update_trial_status_create(
        self,
        *,
        body: ActivateUserFreeTrial,
    ) -> ActivateUserFreeTrial:
        """See `AsyncFeaturesApi.features_apps_update_trial_status_create`."""
        from .features_apps_update_trial_status_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def features_apps_update_trial_status_create_detailed(
        self,
        *,
        body: ActivateUserFreeTrial,
    ) -> Response[ActivateUserFreeTrial]:
        """See `AsyncFeaturesApi.features_apps_update_trial_status_create_detailed`."""
        from .features_apps_update_trial_status_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def features_apps_update_create(
        self,
        *,
        body: OnboardingStatusUpdate,
    ) -> OnboardingStatusUpdate:
        """See `AsyncFeaturesApi.features_apps_update_create`."""
        from .features_apps_update_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def features_apps_update_create_detailed(
        self,
        *,
        body: OnboardingStatusUpdate,
    ) -> Response[OnboardingStatusUpdate]:
        """See `AsyncFeaturesApi.features_apps_update_create_detailed`."""
        from .features_apps_update_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )

    def features_bulk_config_create(
        self,
    ) -> Any:
        """See `AsyncFeaturesApi.features_bulk_config_create`."""
        from .features_bulk_config_create import sync

        return sync(
            client=self._client,
        )

    def features_bulk_config_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncFeaturesApi.features_bulk_config_create_detailed`."""
        from .features_bulk_config_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def features_config_retrieve(
        self,
    ) -> Any:
        """See `AsyncFeaturesApi.features_config_retrieve`."""
        from .features_config_retrieve import sync

        return sync(
            client=self._client,
        )

    def features_config_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncFeaturesApi.features_config_retrieve_detailed`."""
        from .features_config_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def features_config_create(
        self,
    ) -> Any:
        """See `AsyncFeaturesApi.features_config_create`."""
        from .features_config_create import sync

        return sync(
            client=self._client,
        )

    def features_config_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncFeaturesApi.features_config_create_detailed`."""
        from .features_config_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )
