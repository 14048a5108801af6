"""Operations tagged ``ai_index`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiIndexApi` / `AiIndexApi`, reached as
``client.ai_index``. A method imports its operation module on first call.
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
    from ...models.check_document_training_status import CheckDocumentTrainingStatus
    from ...models.document_settings_response import DocumentSettingsResponse
    from ...models.paginated_retriever_document_embedding_list import (
        PaginatedRetrieverDocumentEmbeddingList,
    )
    from ...models.resource_scrapped_data import ResourceScrappedData
    from ...models.retreiver_train_view_request import RetreiverTrainViewRequest
    from ...models.retreiver_train_view_response import RetreiverTrainViewResponse
    from ...models.retriever_document_embedding import RetrieverDocumentEmbedding
    from ...models.retriever_document_embedding_request import RetrieverDocumentEmbeddingRequest
    from ...models.retriever_request_search import RetrieverRequestSearch
    from ...models.retriever_request_search_document import RetrieverRequestSearchDocument
    from ...models.retriever_response_search import RetrieverResponseSearch
    from ...models.scan_webhook_request import ScanWebhookRequest
    from ...models.scan_webhook_response import ScanWebhookResponse
    from ...models.train_chat_session_document_view import TrainChatSessionDocumentView
    from ...models.train_chat_session_document_view_request import (
        TrainChatSessionDocumentViewRequest,
    )
    from ...models.train_document_view_request import TrainDocumentViewRequest
    from ...models.train_document_view_response import TrainDocumentViewResponse
    from ...types import UNSET, Unset


class AsyncAiIndexApi:
    """The ``ai_index`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ai_index_orgs_users_documents_graph_train_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TrainDocumentViewRequest,
    ) -> TrainDocumentViewResponse:
        """Train a graph-based document through a worker process.

        This endpoint queues graph-based documents for training through a specialized worker process
        that handles knowledge graph processing.

        Args:
        request: The HTTP request containing the document information.
        org: Organization key identifier.

        Returns:
        Response: A confirmation that the document was queued for training,
        including a task ID for tracking the progress.

        Raises:
        ValidationError: If the request data is invalid.
        BadRequest: If there was an error processing the document.

        ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/graph-train/`` (operation ``ai_index_orgs_users_documents_graph_train_create``)

        Args:
            org (str):
            user_id (str):
            body (TrainDocumentViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TrainDocumentViewResponse
        """

        from .ai_index_orgs_users_documents_graph_train_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_graph_train_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TrainDocumentViewRequest,
    ) -> Response[TrainDocumentViewResponse]:
        """Like `ai_index_orgs_users_documents_graph_train_create`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_graph_train_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_pathways_list(
        self,
        org: str,
        user_id: str,
        pathway: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedRetrieverDocumentEmbeddingList:
        """Description: Retrieves a list of document embeddings for a specific pathway with optional search
        and pagination.

        Methods: - GET: Retrieves document embeddings that match the specified search criteria and are
        paginated according to offset and limit.

        Parameters: - search (str): Search query to filter document names or URLs. - offset (int):
        Offset number for pagination. - limit (int): Limit number for pagination.

        Returns: - GET: A paginated list of document embeddings with their details. {
        "count": 10,
        "next": "http://api.example.com/retriever_documents/?offset=10&limit=2",
        "previous": "http://api.example.com/retriever_documents/?offset=0&limit=2",
        "results": [
        {
        "document_name": "Document2",
        "platform_key": "example_platform",
        "pathway": "example_pathway"
        }
        ] }

        Error Responses: - 400 Bad Request: Invalid query parameters. - 404 Not Found: No document
        embeddings found for the specified criteria.

        ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/pathways/{pathway}/`` (operation ``ai_index_orgs_users_documents_pathways_list``)

        Args:
            org (str):
            user_id (str):
            pathway (str):
            limit (int | Unset): limit number
            offset (int | Unset): Offset number
            search (str | Unset): Search query

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedRetrieverDocumentEmbeddingList
        """

        from .ai_index_orgs_users_documents_pathways_list import asyncio

        return await asyncio(
            org,
            user_id,
            pathway,
            limit=limit,
            offset=offset,
            search=search,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_pathways_list_detailed(
        self,
        org: str,
        user_id: str,
        pathway: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedRetrieverDocumentEmbeddingList]:
        """Like `ai_index_orgs_users_documents_pathways_list`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_pathways_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            pathway,
            limit=limit,
            offset=offset,
            search=search,
            client=self._client,
        )

    def ai_index_orgs_users_documents_pathways_list_iter(
        self,
        org: str,
        user_id: str,
        pathway: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[RetrieverDocumentEmbedding]:
        """Every `RetrieverDocumentEmbedding` of `ai_index_orgs_users_documents_pathways_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_index_orgs_users_documents_pathways_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            pathway,
            limit=limit,
            offset=offset,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_index_orgs_users_documents_search_create(
        self,
        org: str,
        user_id: str,
        *,
        body: RetrieverRequestSearch,
    ) -> RetrieverResponseSearch:
        """Retrieve resource documents similar to the given query.

        This endpoint performs a semantic search to find documents that are relevant to the provided
        query within the specified pathway.

        Args:
        request: The HTTP request containing the search query.
        org: Organization key identifier.

        Returns:
        Response: A list of documents relevant to the search query.

        Raises:
        ValidationError: If the request data is invalid.

        ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/search/`` (operation ``ai_index_orgs_users_documents_search_create``)

        Args:
            org (str):
            user_id (str):
            body (RetrieverRequestSearch):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RetrieverResponseSearch
        """

        from .ai_index_orgs_users_documents_search_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_search_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: RetrieverRequestSearch,
    ) -> Response[RetrieverResponseSearch]:
        """Like `ai_index_orgs_users_documents_search_create`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_search_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_sources_create(
        self,
        org: str,
        user_id: str,
        *,
        body: RetrieverRequestSearch,
    ) -> list[RetrieverRequestSearchDocument]:
        """Retrieve document sources related to a given query.

        This endpoint performs a semantic search to find document sources that are relevant to the
        provided query within the specified pathway, and returns them along with confidence levels.

        Args:
        request: The HTTP request containing the search query.
        org: Organization key identifier.

        Returns:
        Response: A list of document sources with confidence levels.

        Raises:
        ValidationError: If the request data is invalid.

        ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/sources/`` (operation ``ai_index_orgs_users_documents_sources_create``)

        Args:
            org (str):
            user_id (str):
            body (RetrieverRequestSearch):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[RetrieverRequestSearchDocument]
        """

        from .ai_index_orgs_users_documents_sources_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_sources_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: RetrieverRequestSearch,
    ) -> Response[list[RetrieverRequestSearchDocument]]:
        """Like `ai_index_orgs_users_documents_sources_create`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_sources_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_tasks_retrieve(
        self,
        org: str,
        user_id: str,
        task_id: str,
    ) -> CheckDocumentTrainingStatus:
        """Check the status of a document training task.

        This endpoint retrieves the current status of an asynchronous document training task that was
        previously initiated.

        Args:
        request: The HTTP request.
        org: Organization key identifier.
        task_id: The ID of the training task to check.

        Returns:
        Response: The current status of the document training task,
        which can be "pending", "completed", or "failed".

        ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/tasks/{task_id}/`` (operation ``ai_index_orgs_users_documents_tasks_retrieve``)

        Args:
            org (str):
            user_id (str):
            task_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CheckDocumentTrainingStatus
        """

        from .ai_index_orgs_users_documents_tasks_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            task_id,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_tasks_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        task_id: str,
    ) -> Response[CheckDocumentTrainingStatus]:
        """Like `ai_index_orgs_users_documents_tasks_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_tasks_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            task_id,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_train_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TrainDocumentViewRequest,
    ) -> TrainDocumentViewResponse:
        """Train a document through a worker process.

        This endpoint queues larger documents for training through a worker process, which is more
        suitable for handling documents that would take too long to process directly.

        Args:
        request: The HTTP request containing the document information.
        org: Organization key identifier.

        Returns:
        Response: A confirmation that the document was queued for training,
        including a task ID for tracking the progress.

        Raises:
        ValidationError: If the request data is invalid.
        BadRequest: If there was an error processing the document.

        ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/`` (operation ``ai_index_orgs_users_documents_train_create``)

        Args:
            org (str):
            user_id (str):
            body (TrainDocumentViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TrainDocumentViewResponse
        """

        from .ai_index_orgs_users_documents_train_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_train_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TrainDocumentViewRequest,
    ) -> Response[TrainDocumentViewResponse]:
        """Like `ai_index_orgs_users_documents_train_create`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_train_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_train_retriever_create(
        self,
        org: str,
        user_id: str,
        *,
        body: RetreiverTrainViewRequest,
    ) -> RetreiverTrainViewResponse:
        """Train a document directly without using a worker.

        This endpoint is designed for training smaller documents directly without queuing them through a
        worker process. For larger documents, use the TrainDocumentView endpoint instead.

        Args:
        request: The HTTP request containing the document information.
        org: Organization key identifier.

        Returns:
        Response: A confirmation that the document was trained successfully.

        Raises:
        ValidationError: If the request data is invalid.
        BadRequest: If the document training failed.

        ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/retriever/`` (operation ``ai_index_orgs_users_documents_train_retriever_create``)

        Args:
            org (str):
            user_id (str):
            body (RetreiverTrainViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RetreiverTrainViewResponse
        """

        from .ai_index_orgs_users_documents_train_retriever_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_train_retriever_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: RetreiverTrainViewRequest,
    ) -> Response[RetreiverTrainViewResponse]:
        """Like `ai_index_orgs_users_documents_train_retriever_create`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_train_retriever_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_train_sessions_create(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: TrainChatSessionDocumentViewRequest,
    ) -> TrainChatSessionDocumentView:
        """Description: Submit a document file

        in a chat session. Checks file type, size, and ensures the session exists, then processes the
        file. Process

        document for use in a specific chat session. which will be processed and made available for the
        AI to reference when responding to queries in that session.

        Methods: - POST: Submits a document or media file for training within a specified chat session.

        Parameters: - org (str): - session_id (str): UUID of the chat session for which the document is
        being submitted. - *args, **kwargs: Additional arguments. - file (file): Multipart file input.

        Returns: - POST: Returns a JSON message with the result of the upload process. Response code 200
        on success. {
        "message": "File processed." }

        Error Responses: - 400 Bad Request: - "File field is required" if the 'file' parameter is
        missing. - "invalid file object" if the file object is not valid. - Specific error message if an
        exception occurs while saving to Redis. - 404 Not Found: - "Session not found" if the provided
        session_id does not match any existing session. - 413 Request Entity Too Large: - "file is too
        large" including specific limits for document and media files if the file exceeds size limits.

        Access Control: Requires authentication with a Bearer token in the Authorization header. The
        user associated with the session must exist and be authorized for the request.

        ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/sessions/{session_id}/`` (operation ``ai_index_orgs_users_documents_train_sessions_create``)

        Args:
            org (str):
            user_id (str):
            session_id (str):
            body (TrainChatSessionDocumentViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TrainChatSessionDocumentView
        """

        from .ai_index_orgs_users_documents_train_sessions_create import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_train_sessions_create_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: TrainChatSessionDocumentViewRequest,
    ) -> Response[TrainChatSessionDocumentView]:
        """Like `ai_index_orgs_users_documents_train_sessions_create`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_train_sessions_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_retrieve(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> RetrieverDocumentEmbedding:
        """Retrieve details of a specific document embedding.

        This endpoint returns detailed information about a specific document embedding identified by its
        ID.

        Args:
        request: The HTTP request.
        org: Organization key identifier.
        document_id: The ID of the document embedding to retrieve.

        Returns:
        Response: Detailed information about the document embedding.

        Raises:
        NotFound: If the specified document embedding does not exist.

        ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/`` (operation ``ai_index_orgs_users_documents_retrieve``)

        Args:
            org (str):
            user_id (str):
            document_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RetrieverDocumentEmbedding
        """

        from .ai_index_orgs_users_documents_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> Response[RetrieverDocumentEmbedding]:
        """Like `ai_index_orgs_users_documents_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_update(
        self,
        org: str,
        user_id: str,
        document_id: str,
        *,
        body: RetrieverDocumentEmbeddingRequest,
    ) -> RetrieverDocumentEmbedding:
        """Update a specific document embedding.

        This endpoint allows updating various properties of a document embedding, including its name,
        type, pathway, and training status.

        Args:
        request: The HTTP request containing the updated document data.
        org: Organization key identifier.
        document_id: The ID of the document embedding to update.

        Returns:
        Response: The updated document embedding information.

        Raises:
        BadRequest: If the provided data is invalid.
        NotFound: If the specified document embedding does not exist.

        ``PUT /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/`` (operation ``ai_index_orgs_users_documents_update``)

        Args:
            org (str):
            user_id (str):
            document_id (str):
            body (RetrieverDocumentEmbeddingRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RetrieverDocumentEmbedding
        """

        from .ai_index_orgs_users_documents_update import asyncio

        return await asyncio(
            org,
            user_id,
            document_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_update_detailed(
        self,
        org: str,
        user_id: str,
        document_id: str,
        *,
        body: RetrieverDocumentEmbeddingRequest,
    ) -> Response[RetrieverDocumentEmbedding]:
        """Like `ai_index_orgs_users_documents_update`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            document_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_destroy(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> Any:
        """Delete a specific document embedding.

        This endpoint removes a document embedding from the system, including untraining it from any
        associated pathways.

        Args:
        request: The HTTP request.
        org: Organization key identifier.
        document_id: The ID of the document embedding to delete.

        Returns:
        Response: An empty response with a 204 status code if successful.

        Raises:
        NotFound: If the specified document embedding does not exist.

        ``DELETE /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/`` (operation ``ai_index_orgs_users_documents_destroy``)

        Args:
            org (str):
            user_id (str):
            document_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_index_orgs_users_documents_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_destroy_detailed(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> Response[Any]:
        """Like `ai_index_orgs_users_documents_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_settings_retrieve(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> DocumentSettingsResponse:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/settings/`` (operation ``ai_index_orgs_users_documents_settings_retrieve``)

        Args:
            org (str):
            user_id (str):
            document_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DocumentSettingsResponse
        """

        from .ai_index_orgs_users_documents_settings_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> Response[DocumentSettingsResponse]:
        """Like `ai_index_orgs_users_documents_settings_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_settings_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_settings_create(
        self,
        org: str,
        user_id: str,
        document_id: str,
        *,
        body: DocumentSettingsResponse | Unset = UNSET,
    ) -> DocumentSettingsResponse:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/settings/`` (operation ``ai_index_orgs_users_documents_settings_create``)

        Args:
            org (str):
            user_id (str):
            document_id (str):
            body (DocumentSettingsResponse | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DocumentSettingsResponse
        """

        from .ai_index_orgs_users_documents_settings_create import asyncio

        return await asyncio(
            org,
            user_id,
            document_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_documents_settings_create_detailed(
        self,
        org: str,
        user_id: str,
        document_id: str,
        *,
        body: DocumentSettingsResponse | Unset = UNSET,
    ) -> Response[DocumentSettingsResponse]:
        """Like `ai_index_orgs_users_documents_settings_create`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_documents_settings_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            document_id,
            body=body,
            client=self._client,
        )

    async def ai_index_orgs_users_resource_data_scrapped_list(
        self,
        org: str,
        user_id: str,
        *,
        is_archive: bool | Unset = UNSET,
        is_like: bool | Unset = UNSET,
        is_video: bool | Unset = UNSET,
        search_key: str | Unset = UNSET,
    ) -> list[ResourceScrappedData]:
        """Retrieve and filter scraped data from resources.

        This endpoint returns a list of scraped data from resources associated with the specified user,
        with optional filtering based on query parameters.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.
        user_id: The username of the user whose resources to retrieve.

        Returns:
        Response: A list of scraped resource data matching the filter criteria.

        Raises:
        BadRequest: If the username is invalid or query parameters are incorrect.

        ``GET /api/ai-index/orgs/{org}/users/{user_id}/resource/data/scrapped/`` (operation ``ai_index_orgs_users_resource_data_scrapped_list``)

        Args:
            org (str):
            user_id (str):
            is_archive (bool | Unset):
            is_like (bool | Unset):
            is_video (bool | Unset):
            search_key (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[ResourceScrappedData]
        """

        from .ai_index_orgs_users_resource_data_scrapped_list import asyncio

        return await asyncio(
            org,
            user_id,
            is_archive=is_archive,
            is_like=is_like,
            is_video=is_video,
            search_key=search_key,
            client=self._client,
        )

    async def ai_index_orgs_users_resource_data_scrapped_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        is_archive: bool | Unset = UNSET,
        is_like: bool | Unset = UNSET,
        is_video: bool | Unset = UNSET,
        search_key: str | Unset = UNSET,
    ) -> Response[list[ResourceScrappedData]]:
        """Like `ai_index_orgs_users_resource_data_scrapped_list`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_resource_data_scrapped_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            is_archive=is_archive,
            is_like=is_like,
            is_video=is_video,
            search_key=search_key,
            client=self._client,
        )

    async def ai_index_orgs_users_resource_data_scrapped_retrieve(
        self,
        org: str,
        user_id: str,
        resource_id: str,
    ) -> ResourceScrappedData:
        """Retrieve detailed information about a specific scraped resource.

        This endpoint returns the complete scraped data for a specific resource identified by its ID.

        Args:
        request: The HTTP request.
        org: Organization key identifier.
        user_id: The username of the user associated with the resource.
        resource_id: The ID of the resource to retrieve.

        Returns:
        Response: The complete scraped data for the specified resource.

        Raises:
        NotFound: If the specified resource data does not exist.

        ``GET /api/ai-index/orgs/{org}/users/{user_id}/resource/{resource_id}/data/scrapped/`` (operation ``ai_index_orgs_users_resource_data_scrapped_retrieve``)

        Args:
            org (str):
            user_id (str):
            resource_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ResourceScrappedData
        """

        from .ai_index_orgs_users_resource_data_scrapped_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            resource_id,
            client=self._client,
        )

    async def ai_index_orgs_users_resource_data_scrapped_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        resource_id: str,
    ) -> Response[ResourceScrappedData]:
        """Like `ai_index_orgs_users_resource_data_scrapped_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_index_orgs_users_resource_data_scrapped_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            resource_id,
            client=self._client,
        )

    async def ai_index_webhook_scan_create(
        self,
        *,
        body: ScanWebhookRequest,
    ) -> ScanWebhookResponse:
        """Receive and process file scan status from external security scanning services.

        This webhook endpoint receives scan results for files that have been submitted for security
        scanning. It processes the results asynchronously and determines if the files are safe for
        further processing.

        Args:
        request: The HTTP request containing scan result data.

        Returns:
        Response: A confirmation that the scan result was received and is being processed.

        Raises:
        BadRequest: If the provided scan result data is invalid.

        ``POST /api/ai-index/webhook/scan/`` (operation ``ai_index_webhook_scan_create``)

        Args:
            body (ScanWebhookRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ScanWebhookResponse
        """

        from .ai_index_webhook_scan_create import asyncio

        return await asyncio(
            body=body,
            client=self._client,
        )

    async def ai_index_webhook_scan_create_detailed(
        self,
        *,
        body: ScanWebhookRequest,
    ) -> Response[ScanWebhookResponse]:
        """Like `ai_index_webhook_scan_create`, returning the whole `Response` and raising no status error."""
        from .ai_index_webhook_scan_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            client=self._client,
        )


class AiIndexApi:
    """The ``ai_index`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def ai_index_orgs_users_documents_graph_train_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TrainDocumentViewRequest,
    ) -> TrainDocumentViewResponse:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_graph_train_create`."""
        from .ai_index_orgs_users_documents_graph_train_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_graph_train_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TrainDocumentViewRequest,
    ) -> Response[TrainDocumentViewResponse]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_graph_train_create_detailed`."""
        from .ai_index_orgs_users_documents_graph_train_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_pathways_list(
        self,
        org: str,
        user_id: str,
        pathway: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedRetrieverDocumentEmbeddingList:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_pathways_list`."""
        from .ai_index_orgs_users_documents_pathways_list import sync

        return sync(
            org,
            user_id,
            pathway,
            limit=limit,
            offset=offset,
            search=search,
            client=self._client,
        )

    def ai_index_orgs_users_documents_pathways_list_detailed(
        self,
        org: str,
        user_id: str,
        pathway: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedRetrieverDocumentEmbeddingList]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_pathways_list_detailed`."""
        from .ai_index_orgs_users_documents_pathways_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            pathway,
            limit=limit,
            offset=offset,
            search=search,
            client=self._client,
        )

    def ai_index_orgs_users_documents_pathways_list_iter(
        self,
        org: str,
        user_id: str,
        pathway: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[RetrieverDocumentEmbedding]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_pathways_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_index_orgs_users_documents_pathways_list import sync

        return paginate(
            sync,
            org,
            user_id,
            pathway,
            limit=limit,
            offset=offset,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_index_orgs_users_documents_search_create(
        self,
        org: str,
        user_id: str,
        *,
        body: RetrieverRequestSearch,
    ) -> RetrieverResponseSearch:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_search_create`."""
        from .ai_index_orgs_users_documents_search_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_search_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: RetrieverRequestSearch,
    ) -> Response[RetrieverResponseSearch]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_search_create_detailed`."""
        from .ai_index_orgs_users_documents_search_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_sources_create(
        self,
        org: str,
        user_id: str,
        *,
        body: RetrieverRequestSearch,
    ) -> list[RetrieverRequestSearchDocument]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_sources_create`."""
        from .ai_index_orgs_users_documents_sources_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_sources_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: RetrieverRequestSearch,
    ) -> Response[list[RetrieverRequestSearchDocument]]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_sources_create_detailed`."""
        from .ai_index_orgs_users_documents_sources_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_tasks_retrieve(
        self,
        org: str,
        user_id: str,
        task_id: str,
    ) -> CheckDocumentTrainingStatus:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_tasks_retrieve`."""
        from .ai_index_orgs_users_documents_tasks_retrieve import sync

        return sync(
            org,
            user_id,
            task_id,
            client=self._client,
        )

    def ai_index_orgs_users_documents_tasks_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        task_id: str,
    ) -> Response[CheckDocumentTrainingStatus]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_tasks_retrieve_detailed`."""
        from .ai_index_orgs_users_documents_tasks_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            task_id,
            client=self._client,
        )

    def ai_index_orgs_users_documents_train_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TrainDocumentViewRequest,
    ) -> TrainDocumentViewResponse:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_train_create`."""
        from .ai_index_orgs_users_documents_train_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_train_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TrainDocumentViewRequest,
    ) -> Response[TrainDocumentViewResponse]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_train_create_detailed`."""
        from .ai_index_orgs_users_documents_train_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_train_retriever_create(
        self,
        org: str,
        user_id: str,
        *,
        body: RetreiverTrainViewRequest,
    ) -> RetreiverTrainViewResponse:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_train_retriever_create`."""
        from .ai_index_orgs_users_documents_train_retriever_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_train_retriever_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: RetreiverTrainViewRequest,
    ) -> Response[RetreiverTrainViewResponse]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_train_retriever_create_detailed`."""
        from .ai_index_orgs_users_documents_train_retriever_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_train_sessions_create(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: TrainChatSessionDocumentViewRequest,
    ) -> TrainChatSessionDocumentView:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_train_sessions_create`."""
        from .ai_index_orgs_users_documents_train_sessions_create import sync

        return sync(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_train_sessions_create_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: TrainChatSessionDocumentViewRequest,
    ) -> Response[TrainChatSessionDocumentView]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_train_sessions_create_detailed`."""
        from .ai_index_orgs_users_documents_train_sessions_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_retrieve(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> RetrieverDocumentEmbedding:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_retrieve`."""
        from .ai_index_orgs_users_documents_retrieve import sync

        return sync(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    def ai_index_orgs_users_documents_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> Response[RetrieverDocumentEmbedding]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_retrieve_detailed`."""
        from .ai_index_orgs_users_documents_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    def ai_index_orgs_users_documents_update(
        self,
        org: str,
        user_id: str,
        document_id: str,
        *,
        body: RetrieverDocumentEmbeddingRequest,
    ) -> RetrieverDocumentEmbedding:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_update`."""
        from .ai_index_orgs_users_documents_update import sync

        return sync(
            org,
            user_id,
            document_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_update_detailed(
        self,
        org: str,
        user_id: str,
        document_id: str,
        *,
        body: RetrieverDocumentEmbeddingRequest,
    ) -> Response[RetrieverDocumentEmbedding]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_update_detailed`."""
        from .ai_index_orgs_users_documents_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            document_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_destroy(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> Any:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_destroy`."""
        from .ai_index_orgs_users_documents_destroy import sync

        return sync(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    def ai_index_orgs_users_documents_destroy_detailed(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> Response[Any]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_destroy_detailed`."""
        from .ai_index_orgs_users_documents_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    def ai_index_orgs_users_documents_settings_retrieve(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> DocumentSettingsResponse:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_settings_retrieve`."""
        from .ai_index_orgs_users_documents_settings_retrieve import sync

        return sync(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    def ai_index_orgs_users_documents_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        document_id: str,
    ) -> Response[DocumentSettingsResponse]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_settings_retrieve_detailed`."""
        from .ai_index_orgs_users_documents_settings_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            document_id,
            client=self._client,
        )

    def ai_index_orgs_users_documents_settings_create(
        self,
        org: str,
        user_id: str,
        document_id: str,
        *,
        body: DocumentSettingsResponse | Unset = UNSET,
    ) -> DocumentSettingsResponse:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_settings_create`."""
        from .ai_index_orgs_users_documents_settings_create import sync

        return sync(
            org,
            user_id,
            document_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_documents_settings_create_detailed(
        self,
        org: str,
        user_id: str,
        document_id: str,
        *,
        body: DocumentSettingsResponse | Unset = UNSET,
    ) -> Response[DocumentSettingsResponse]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_documents_settings_create_detailed`."""
        from .ai_index_orgs_users_documents_settings_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            document_id,
            body=body,
            client=self._client,
        )

    def ai_index_orgs_users_resource_data_scrapped_list(
        self,
        org: str,
        user_id: str,
        *,
        is_archive: bool | Unset = UNSET,
        is_like: bool | Unset = UNSET,
        is_video: bool | Unset = UNSET,
        search_key: str | Unset = UNSET,
    ) -> list[ResourceScrappedData]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_resource_data_scrapped_list`."""
        from .ai_index_orgs_users_resource_data_scrapped_list import sync

        return sync(
            org,
            user_id,
            is_archive=is_archive,
            is_like=is_like,
            is_video=is_video,
            search_key=search_key,
            client=self._client,
        )

    def ai_index_orgs_users_resource_data_scrapped_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        is_archive: bool | Unset = UNSET,
        is_like: bool | Unset = UNSET,
        is_video: bool | Unset = UNSET,
        search_key: str | Unset = UNSET,
    ) -> Response[list[ResourceScrappedData]]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_resource_data_scrapped_list_detailed`."""
        from .ai_index_orgs_users_resource_data_scrapped_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            is_archive=is_archive,
            is_like=is_like,
            is_video=is_video,
            search_key=search_key,
            client=self._client,
        )

    def ai_index_orgs_users_resource_data_scrapped_retrieve(
        self,
        org: str,
        user_id: str,
        resource_id: str,
    ) -> ResourceScrappedData:
        """See `AsyncAiIndexApi.ai_index_orgs_users_resource_data_scrapped_retrieve`."""
        from .ai_index_orgs_users_resource_data_scrapped_retrieve import sync

        return sync(
            org,
            user_id,
            resource_id,
            client=self._client,
        )

    def ai_index_orgs_users_resource_data_scrapped_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        resource_id: str,
    ) -> Response[ResourceScrappedData]:
        """See `AsyncAiIndexApi.ai_index_orgs_users_resource_data_scrapped_retrieve_detailed`."""
        from .ai_index_orgs_users_resource_data_scrapped_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            resource_id,
            client=self._client,
        )

    def ai_index_webhook_scan_create(
        self,
        *,
        body: ScanWebhookRequest,
    ) -> ScanWebhookResponse:
        """See `AsyncAiIndexApi.ai_index_webhook_scan_create`."""
        from .ai_index_webhook_scan_create import sync

        return sync(
            body=body,
            client=self._client,
        )

    def ai_index_webhook_scan_create_detailed(
        self,
        *,
        body: ScanWebhookRequest,
    ) -> Response[ScanWebhookResponse]:
        """See `AsyncAiIndexApi.ai_index_webhook_scan_create_detailed`."""
        from .ai_index_webhook_scan_create import sync_detailed

        return sync_detailed(
            body=body,
            client=self._client,
        )
