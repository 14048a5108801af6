"""Operations tagged ``ai_finetuning`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiFinetuningApi` / `AiFinetuningApi`, reached as
``client.ai_finetuning``. A method imports its operation module on first call.
A pageable operation also has an ``_iter`` method: a pager over the items of every page
(ibl_client/_pagination.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._pagination import AsyncPager, Pager
    from ...._response import Response
    from ...models.ai_finetuning_v1_org_user_datasets_list_status import (
        AiFinetuningV1OrgUserDatasetsListStatus,
        check_ai_finetuning_v1_org_user_datasets_list_status,
    )
    from ...models.ai_finetuning_v1_org_user_trainings_list_status import (
        AiFinetuningV1OrgUserTrainingsListStatus,
        check_ai_finetuning_v1_org_user_trainings_list_status,
    )
    from ...models.data_set import DataSet
    from ...models.data_set_create import DataSetCreate
    from ...models.data_set_create_request import DataSetCreateRequest
    from ...models.data_set_request import DataSetRequest
    from ...models.paginated_data_set_list import PaginatedDataSetList
    from ...models.paginated_training_list import PaginatedTrainingList
    from ...models.patched_data_set_request import PatchedDataSetRequest
    from ...models.patched_training_create_request import PatchedTrainingCreateRequest
    from ...models.training import Training
    from ...models.training_create import TrainingCreate
    from ...models.training_create_request import TrainingCreateRequest
    from ...types import UNSET, Unset


class AsyncAiFinetuningApi:
    """The ``ai_finetuning`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ai_finetuning_v1_org_user_datasets_list(
        self,
        org: str,
        username: str,
        *,
        date_created: datetime.datetime | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
    ) -> PaginatedDataSetList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/`` (operation ``ai_finetuning_v1_org_user_datasets_list``)

        Args:
            org (str):
            username (str):
            date_created (datetime.datetime | Unset):
            num_data_points (int | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            retry_attempts (int | Unset):
            search (str | Unset): A search term.
            status (AiFinetuningV1OrgUserDatasetsListStatus | Unset): * `pending` - Pending
                * `processing` - Processing
                * `completed` - Completed
                * `failed` - Failed

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedDataSetList
        """

        from .ai_finetuning_v1_org_user_datasets_list import asyncio

        return await asyncio(
            org,
            username,
            date_created=date_created,
            num_data_points=num_data_points,
            ordering=ordering,
            page=page,
            page_size=page_size,
            retry_attempts=retry_attempts,
            search=search,
            status=status,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_datasets_list_detailed(
        self,
        org: str,
        username: str,
        *,
        date_created: datetime.datetime | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
    ) -> Response[PaginatedDataSetList]:
        """Like `ai_finetuning_v1_org_user_datasets_list`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_datasets_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            date_created=date_created,
            num_data_points=num_data_points,
            ordering=ordering,
            page=page,
            page_size=page_size,
            retry_attempts=retry_attempts,
            search=search,
            status=status,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_list_iter(
        self,
        org: str,
        username: str,
        *,
        date_created: datetime.datetime | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[DataSet]:
        """Every `DataSet` of `ai_finetuning_v1_org_user_datasets_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_finetuning_v1_org_user_datasets_list import asyncio

        return paginate(
            asyncio,
            org,
            username,
            date_created=date_created,
            num_data_points=num_data_points,
            ordering=ordering,
            page=page,
            page_size=page_size,
            retry_attempts=retry_attempts,
            search=search,
            status=status,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_finetuning_v1_org_user_datasets_create(
        self,
        org: str,
        username: str,
        *,
        body: DataSetCreateRequest,
    ) -> DataSetCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``POST /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/`` (operation ``ai_finetuning_v1_org_user_datasets_create``)

        Args:
            org (str):
            username (str):
            body (DataSetCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DataSetCreate
        """

        from .ai_finetuning_v1_org_user_datasets_create import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_datasets_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: DataSetCreateRequest,
    ) -> Response[DataSetCreate]:
        """Like `ai_finetuning_v1_org_user_datasets_create`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_datasets_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_datasets_retrieve(
        self,
        org: str,
        username: str,
        id: str,
    ) -> DataSet:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/`` (operation ``ai_finetuning_v1_org_user_datasets_retrieve``)

        Args:
            org (str):
            username (str):
            id (str): A UUID string identifying this data set.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DataSet
        """

        from .ai_finetuning_v1_org_user_datasets_retrieve import asyncio

        return await asyncio(
            org,
            username,
            id,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_datasets_retrieve_detailed(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Response[DataSet]:
        """Like `ai_finetuning_v1_org_user_datasets_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_datasets_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            id,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_datasets_update(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: DataSetRequest,
    ) -> DataSet:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``PUT /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/`` (operation ``ai_finetuning_v1_org_user_datasets_update``)

        Args:
            org (str):
            username (str):
            id (str): A UUID string identifying this data set.
            body (DataSetRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DataSet
        """

        from .ai_finetuning_v1_org_user_datasets_update import asyncio

        return await asyncio(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_datasets_update_detailed(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: DataSetRequest,
    ) -> Response[DataSet]:
        """Like `ai_finetuning_v1_org_user_datasets_update`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_datasets_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_datasets_destroy(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Any:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``DELETE /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/`` (operation ``ai_finetuning_v1_org_user_datasets_destroy``)

        Args:
            org (str):
            username (str):
            id (str): A UUID string identifying this data set.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_finetuning_v1_org_user_datasets_destroy import asyncio

        return await asyncio(
            org,
            username,
            id,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_datasets_destroy_detailed(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Response[Any]:
        """Like `ai_finetuning_v1_org_user_datasets_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_datasets_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            id,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_datasets_partial_update(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: PatchedDataSetRequest | Unset = UNSET,
    ) -> DataSet:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``PATCH /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/{id}/`` (operation ``ai_finetuning_v1_org_user_datasets_partial_update``)

        Args:
            org (str):
            username (str):
            id (str): A UUID string identifying this data set.
            body (PatchedDataSetRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DataSet
        """

        from .ai_finetuning_v1_org_user_datasets_partial_update import asyncio

        return await asyncio(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_datasets_partial_update_detailed(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: PatchedDataSetRequest | Unset = UNSET,
    ) -> Response[DataSet]:
        """Like `ai_finetuning_v1_org_user_datasets_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_datasets_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_list(
        self,
        org: str,
        username: str,
        *,
        base_model_name: str | Unset = UNSET,
        dataset: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        fine_tuned_model: str | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
    ) -> PaginatedTrainingList:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/`` (operation ``ai_finetuning_v1_org_user_trainings_list``)

        Args:
            org (str):
            username (str):
            base_model_name (str | Unset):
            dataset (str | Unset):
            date_created (datetime.datetime | Unset):
            fine_tuned_model (str | Unset):
            last_modified (datetime.datetime | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            preprocess_dataset (bool | Unset):
            provider (str | Unset): * `openai` - Openai
            search (str | Unset): A search term.
            status (AiFinetuningV1OrgUserTrainingsListStatus | Unset): * `pending` - Pending
                * `processing` - Processing
                * `completed` - Completed
                * `cancelled` - Cancelled
                * `failed` - Failed

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedTrainingList
        """

        from .ai_finetuning_v1_org_user_trainings_list import asyncio

        return await asyncio(
            org,
            username,
            base_model_name=base_model_name,
            dataset=dataset,
            date_created=date_created,
            fine_tuned_model=fine_tuned_model,
            last_modified=last_modified,
            ordering=ordering,
            page=page,
            page_size=page_size,
            preprocess_dataset=preprocess_dataset,
            provider=provider,
            search=search,
            status=status,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_list_detailed(
        self,
        org: str,
        username: str,
        *,
        base_model_name: str | Unset = UNSET,
        dataset: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        fine_tuned_model: str | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
    ) -> Response[PaginatedTrainingList]:
        """Like `ai_finetuning_v1_org_user_trainings_list`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_trainings_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            base_model_name=base_model_name,
            dataset=dataset,
            date_created=date_created,
            fine_tuned_model=fine_tuned_model,
            last_modified=last_modified,
            ordering=ordering,
            page=page,
            page_size=page_size,
            preprocess_dataset=preprocess_dataset,
            provider=provider,
            search=search,
            status=status,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_list_iter(
        self,
        org: str,
        username: str,
        *,
        base_model_name: str | Unset = UNSET,
        dataset: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        fine_tuned_model: str | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Training]:
        """Every `Training` of `ai_finetuning_v1_org_user_trainings_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_finetuning_v1_org_user_trainings_list import asyncio

        return paginate(
            asyncio,
            org,
            username,
            base_model_name=base_model_name,
            dataset=dataset,
            date_created=date_created,
            fine_tuned_model=fine_tuned_model,
            last_modified=last_modified,
            ordering=ordering,
            page=page,
            page_size=page_size,
            preprocess_dataset=preprocess_dataset,
            provider=provider,
            search=search,
            status=status,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_finetuning_v1_org_user_trainings_create(
        self,
        org: str,
        username: str,
        *,
        body: TrainingCreateRequest,
    ) -> TrainingCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``POST /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/`` (operation ``ai_finetuning_v1_org_user_trainings_create``)

        Args:
            org (str):
            username (str):
            body (TrainingCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TrainingCreate
        """

        from .ai_finetuning_v1_org_user_trainings_create import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: TrainingCreateRequest,
    ) -> Response[TrainingCreate]:
        """Like `ai_finetuning_v1_org_user_trainings_create`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_trainings_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve(
        self,
        org: str,
        username: str,
    ) -> Training:
        """Retrieves a paginated list of completed fine-tuned models, excluding those without a fine-tuned
        model. Filtering and pagination is allowed.

        NB: This is only a helper endpoint. The same functionality can be achieved with the appropriate
        filters using the
        training list endpoint. Returns:
        Response: A paginated response containing the serialized fine-tuned models.

        ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/finetuned-models/`` (operation ``ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Training
        """

        from .ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve import asyncio

        return await asyncio(
            org,
            username,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve_detailed(
        self,
        org: str,
        username: str,
    ) -> Response[Training]:
        """Like `ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_retrieve(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Training:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_retrieve``)

        Args:
            org (str):
            username (str):
            id (str): A UUID string identifying this training.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Training
        """

        from .ai_finetuning_v1_org_user_trainings_retrieve import asyncio

        return await asyncio(
            org,
            username,
            id,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_retrieve_detailed(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Response[Training]:
        """Like `ai_finetuning_v1_org_user_trainings_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_trainings_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            id,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_update(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: TrainingCreateRequest,
    ) -> TrainingCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``PUT /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_update``)

        Args:
            org (str):
            username (str):
            id (str): A UUID string identifying this training.
            body (TrainingCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TrainingCreate
        """

        from .ai_finetuning_v1_org_user_trainings_update import asyncio

        return await asyncio(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_update_detailed(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: TrainingCreateRequest,
    ) -> Response[TrainingCreate]:
        """Like `ai_finetuning_v1_org_user_trainings_update`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_trainings_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_destroy(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Any:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``DELETE /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_destroy``)

        Args:
            org (str):
            username (str):
            id (str): A UUID string identifying this training.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_finetuning_v1_org_user_trainings_destroy import asyncio

        return await asyncio(
            org,
            username,
            id,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_destroy_detailed(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Response[Any]:
        """Like `ai_finetuning_v1_org_user_trainings_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_trainings_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            id,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_partial_update(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: PatchedTrainingCreateRequest | Unset = UNSET,
    ) -> TrainingCreate:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``PATCH /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_partial_update``)

        Args:
            org (str):
            username (str):
            id (str): A UUID string identifying this training.
            body (PatchedTrainingCreateRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TrainingCreate
        """

        from .ai_finetuning_v1_org_user_trainings_partial_update import asyncio

        return await asyncio(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    async def ai_finetuning_v1_org_user_trainings_partial_update_detailed(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: PatchedTrainingCreateRequest | Unset = UNSET,
    ) -> Response[TrainingCreate]:
        """Like `ai_finetuning_v1_org_user_trainings_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_finetuning_v1_org_user_trainings_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )


class AiFinetuningApi:
    """The ``ai_finetuning`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def ai_finetuning_v1_org_user_datasets_list(
        self,
        org: str,
        username: str,
        *,
        date_created: datetime.datetime | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
    ) -> PaginatedDataSetList:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_list`."""
        from .ai_finetuning_v1_org_user_datasets_list import sync

        return sync(
            org,
            username,
            date_created=date_created,
            num_data_points=num_data_points,
            ordering=ordering,
            page=page,
            page_size=page_size,
            retry_attempts=retry_attempts,
            search=search,
            status=status,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_list_detailed(
        self,
        org: str,
        username: str,
        *,
        date_created: datetime.datetime | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
    ) -> Response[PaginatedDataSetList]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_list_detailed`."""
        from .ai_finetuning_v1_org_user_datasets_list import sync_detailed

        return sync_detailed(
            org,
            username,
            date_created=date_created,
            num_data_points=num_data_points,
            ordering=ordering,
            page=page,
            page_size=page_size,
            retry_attempts=retry_attempts,
            search=search,
            status=status,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_list_iter(
        self,
        org: str,
        username: str,
        *,
        date_created: datetime.datetime | Unset = UNSET,
        num_data_points: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        retry_attempts: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[DataSet]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_finetuning_v1_org_user_datasets_list import sync

        return paginate(
            sync,
            org,
            username,
            date_created=date_created,
            num_data_points=num_data_points,
            ordering=ordering,
            page=page,
            page_size=page_size,
            retry_attempts=retry_attempts,
            search=search,
            status=status,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_finetuning_v1_org_user_datasets_create(
        self,
        org: str,
        username: str,
        *,
        body: DataSetCreateRequest,
    ) -> DataSetCreate:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_create`."""
        from .ai_finetuning_v1_org_user_datasets_create import sync

        return sync(
            org,
            username,
            body=body,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: DataSetCreateRequest,
    ) -> Response[DataSetCreate]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_create_detailed`."""
        from .ai_finetuning_v1_org_user_datasets_create import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_retrieve(
        self,
        org: str,
        username: str,
        id: str,
    ) -> DataSet:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_retrieve`."""
        from .ai_finetuning_v1_org_user_datasets_retrieve import sync

        return sync(
            org,
            username,
            id,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_retrieve_detailed(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Response[DataSet]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_retrieve_detailed`."""
        from .ai_finetuning_v1_org_user_datasets_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            id,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_update(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: DataSetRequest,
    ) -> DataSet:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_update`."""
        from .ai_finetuning_v1_org_user_datasets_update import sync

        return sync(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_update_detailed(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: DataSetRequest,
    ) -> Response[DataSet]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_update_detailed`."""
        from .ai_finetuning_v1_org_user_datasets_update import sync_detailed

        return sync_detailed(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_destroy(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Any:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_destroy`."""
        from .ai_finetuning_v1_org_user_datasets_destroy import sync

        return sync(
            org,
            username,
            id,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_destroy_detailed(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Response[Any]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_destroy_detailed`."""
        from .ai_finetuning_v1_org_user_datasets_destroy import sync_detailed

        return sync_detailed(
            org,
            username,
            id,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_partial_update(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: PatchedDataSetRequest | Unset = UNSET,
    ) -> DataSet:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_partial_update`."""
        from .ai_finetuning_v1_org_user_datasets_partial_update import sync

        return sync(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_datasets_partial_update_detailed(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: PatchedDataSetRequest | Unset = UNSET,
    ) -> Response[DataSet]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_datasets_partial_update_detailed`."""
        from .ai_finetuning_v1_org_user_datasets_partial_update import sync_detailed

        return sync_detailed(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_list(
        self,
        org: str,
        username: str,
        *,
        base_model_name: str | Unset = UNSET,
        dataset: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        fine_tuned_model: str | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
    ) -> PaginatedTrainingList:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_list`."""
        from .ai_finetuning_v1_org_user_trainings_list import sync

        return sync(
            org,
            username,
            base_model_name=base_model_name,
            dataset=dataset,
            date_created=date_created,
            fine_tuned_model=fine_tuned_model,
            last_modified=last_modified,
            ordering=ordering,
            page=page,
            page_size=page_size,
            preprocess_dataset=preprocess_dataset,
            provider=provider,
            search=search,
            status=status,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_list_detailed(
        self,
        org: str,
        username: str,
        *,
        base_model_name: str | Unset = UNSET,
        dataset: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        fine_tuned_model: str | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
    ) -> Response[PaginatedTrainingList]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_list_detailed`."""
        from .ai_finetuning_v1_org_user_trainings_list import sync_detailed

        return sync_detailed(
            org,
            username,
            base_model_name=base_model_name,
            dataset=dataset,
            date_created=date_created,
            fine_tuned_model=fine_tuned_model,
            last_modified=last_modified,
            ordering=ordering,
            page=page,
            page_size=page_size,
            preprocess_dataset=preprocess_dataset,
            provider=provider,
            search=search,
            status=status,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_list_iter(
        self,
        org: str,
        username: str,
        *,
        base_model_name: str | Unset = UNSET,
        dataset: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        fine_tuned_model: str | Unset = UNSET,
        last_modified: datetime.datetime | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        preprocess_dataset: bool | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Training]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_finetuning_v1_org_user_trainings_list import sync

        return paginate(
            sync,
            org,
            username,
            base_model_name=base_model_name,
            dataset=dataset,
            date_created=date_created,
            fine_tuned_model=fine_tuned_model,
            last_modified=last_modified,
            ordering=ordering,
            page=page,
            page_size=page_size,
            preprocess_dataset=preprocess_dataset,
            provider=provider,
            search=search,
            status=status,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_finetuning_v1_org_user_trainings_create(
        self,
        org: str,
        username: str,
        *,
        body: TrainingCreateRequest,
    ) -> TrainingCreate:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_create`."""
        from .ai_finetuning_v1_org_user_trainings_create import sync

        return sync(
            org,
            username,
            body=body,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: TrainingCreateRequest,
    ) -> Response[TrainingCreate]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_create_detailed`."""
        from .ai_finetuning_v1_org_user_trainings_create import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve(
        self,
        org: str,
        username: str,
    ) -> Training:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve`."""
        from .ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve import sync

        return sync(
            org,
            username,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve_detailed(
        self,
        org: str,
        username: str,
    ) -> Response[Training]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve_detailed`."""
        from .ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_retrieve(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Training:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_retrieve`."""
        from .ai_finetuning_v1_org_user_trainings_retrieve import sync

        return sync(
            org,
            username,
            id,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_retrieve_detailed(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Response[Training]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_retrieve_detailed`."""
        from .ai_finetuning_v1_org_user_trainings_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            id,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_update(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: TrainingCreateRequest,
    ) -> TrainingCreate:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_update`."""
        from .ai_finetuning_v1_org_user_trainings_update import sync

        return sync(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_update_detailed(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: TrainingCreateRequest,
    ) -> Response[TrainingCreate]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_update_detailed`."""
        from .ai_finetuning_v1_org_user_trainings_update import sync_detailed

        return sync_detailed(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_destroy(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Any:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_destroy`."""
        from .ai_finetuning_v1_org_user_trainings_destroy import sync

        return sync(
            org,
            username,
            id,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_destroy_detailed(
        self,
        org: str,
        username: str,
        id: str,
    ) -> Response[Any]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_destroy_detailed`."""
        from .ai_finetuning_v1_org_user_trainings_destroy import sync_detailed

        return sync_detailed(
            org,
            username,
            id,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_partial_update(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: PatchedTrainingCreateRequest | Unset = UNSET,
    ) -> TrainingCreate:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_partial_update`."""
        from .ai_finetuning_v1_org_user_trainings_partial_update import sync

        return sync(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )

    def ai_finetuning_v1_org_user_trainings_partial_update_detailed(
        self,
        org: str,
        username: str,
        id: str,
        *,
        body: PatchedTrainingCreateRequest | Unset = UNSET,
    ) -> Response[TrainingCreate]:
        """See `AsyncAiFinetuningApi.ai_finetuning_v1_org_user_trainings_partial_update_detailed`."""
        from .ai_finetuning_v1_org_user_trainings_partial_update import sync_detailed

        return sync_detailed(
            org,
            username,
            id,
            body=body,
            client=self._client,
        )
