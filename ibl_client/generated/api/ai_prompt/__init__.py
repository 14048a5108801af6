"""Operations tagged ``ai_prompt`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiPromptApi` / `AiPromptApi`, reached as
``client.ai_prompt``. A method imports its operation module on first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.ai_prompt_orgs_users_sessions_guided_prompts_retrieve_response_404 import (
        AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse404,
    )
    from ...models.ai_prompt_orgs_users_sessions_guided_prompts_retrieve_response_429 import (
        AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse429,
    )
    from ...models.ai_prompt_orgs_users_sessions_guided_prompts_retrieve_response_500 import (
        AiPromptOrgsUsersSessionsGuidedPromptsRetrieveResponse500,
    )
    from ...models.guided_prompts_response import GuidedPromptsResponse
    from ...models.languages_view import LanguagesView
    from ...models.languages_view_request import LanguagesViewRequest
    from ...models.memory_status_request_view import MemoryStatusRequestView
    from ...models.memory_status_view import MemoryStatusView
    from ...models.metadata import Metadata
    from ...models.patched_prompt_request import PatchedPromptRequest
    from ...models.prompt import Prompt
    from ...models.prompt_category import PromptCategory
    from ...models.prompt_category_request import PromptCategoryRequest
    from ...models.prompt_request import PromptRequest
    from ...models.styles_view import StylesView
    from ...models.styles_view_request import StylesViewRequest
    from ...models.tags_view import TagsView
    from ...models.tags_view_request import TagsViewRequest
    from ...models.tones_view import TonesView
    from ...models.tones_view_request import TonesViewRequest
    from ...models.user_all_chat_memory_view import UserAllChatMemoryView
    from ...models.user_all_chat_memory_view_request import UserAllChatMemoryViewRequest
    from ...models.user_catalog_item_memory_view import UserCatalogItemMemoryView
    from ...models.user_catalog_item_memory_view_request import UserCatalogItemMemoryViewRequest
    from ...models.user_chat_memory_status_request_view import UserChatMemoryStatusRequestView
    from ...models.user_chat_memory_status_view import UserChatMemoryStatusView
    from ...models.user_chat_memory_update_view import UserChatMemoryUpdateView
    from ...models.user_memory_context_request import UserMemoryContextRequest
    from ...models.user_memory_context_response import UserMemoryContextResponse
    from ...types import UNSET, Unset


class AsyncAiPromptApi:
    """The ``ai_prompt`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ai_prompt_orgs_metadata_create(
        self,
        org: str,
        *,
        body: Metadata,
    ) -> Metadata:
        """Create or update metadata for a prompt.

        Args:
        request: The HTTP request containing the metadata.
        org: The organization/tenant identifier.

        Returns:
        Response: The created or updated prompt metadata.

        Raises:
        BadRequest: If the provided data is invalid.

        ``POST /api/ai-prompt/orgs/{org}/metadata/`` (operation ``ai_prompt_orgs_metadata_create``)

        Args:
            org (str):
            body (Metadata):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Metadata
        """

        from .ai_prompt_orgs_metadata_create import asyncio

        return await asyncio(
            org,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_metadata_create_detailed(
        self,
        org: str,
        *,
        body: Metadata,
    ) -> Response[Metadata]:
        """Like `ai_prompt_orgs_metadata_create`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_metadata_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> UserAllChatMemoryView:
        """Retrieve chat memory for a specific user.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to retrieve chat memory for.

        Returns:
        Response: The user's chat memory entries.

        Raises:
        NotFound: If no chat memory exists for the user.

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserAllChatMemoryView
        """

        from .ai_prompt_orgs_users_all_chats_memory_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[UserAllChatMemoryView]:
        """Like `ai_prompt_orgs_users_all_chats_memory_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_all_chats_memory_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_update(
        self,
        org: str,
        user_id: str,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> UserChatMemoryUpdateView:
        """Update chat memory for a specific user.

        Args:
        request: The HTTP request containing the updated chat memory data.
        org: The organization/tenant identifier.
        user_id: The ID of the user to update chat memory for.

        Returns:
        Response: A confirmation of the scheduled update task.

        Raises:
        BadRequest: If the provided data is invalid.
        NotFound: If no chat memory exists for the user.

        ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_update``)

        Args:
            org (str):
            user_id (str):
            body (UserAllChatMemoryViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserChatMemoryUpdateView
        """

        from .ai_prompt_orgs_users_all_chats_memory_update import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> Response[UserChatMemoryUpdateView]:
        """Like `ai_prompt_orgs_users_all_chats_memory_update`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_all_chats_memory_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> UserAllChatMemoryView:
        """Create a new chat memory entry for a user.

        Args:
        request: The HTTP request containing the chat memory data.
        org: The organization/tenant identifier.
        user_id: The ID of the user to create chat memory for.

        Returns:
        Response: The created chat memory entry.

        Raises:
        BadRequest: If the provided data is invalid.

        ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_create``)

        Args:
            org (str):
            user_id (str):
            body (UserAllChatMemoryViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserAllChatMemoryView
        """

        from .ai_prompt_orgs_users_all_chats_memory_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> Response[UserAllChatMemoryView]:
        """Like `ai_prompt_orgs_users_all_chats_memory_create`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_all_chats_memory_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Delete all chat memory for a specific user.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to delete chat memory for.

        Returns:
        Response: A success message if the memory was deleted.

        Raises:
        NotFound: If no chat memory exists for the user.

        ``DELETE /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_destroy``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_prompt_orgs_users_all_chats_memory_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `ai_prompt_orgs_users_all_chats_memory_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_all_chats_memory_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_update2(
        self,
        org: str,
        user_id: str,
        memory_id: int,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> UserAllChatMemoryView:
        """Update a specific chat memory entry.

        Args:
        request: The HTTP request containing the updated chat memory data.
        org: The organization/tenant identifier.
        user_id: The ID of the user who owns the memory.
        memory_id: The ID of the specific memory entry to update.

        Returns:
        Response: The updated chat memory entry.

        Raises:
        BadRequest: If the provided data is invalid.
        NotFound: If the specified memory entry does not exist.

        ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_all_chats_memory_update2``)

        Args:
            org (str):
            user_id (str):
            memory_id (int):
            body (UserAllChatMemoryViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserAllChatMemoryView
        """

        from .ai_prompt_orgs_users_all_chats_memory_update2 import asyncio

        return await asyncio(
            org,
            user_id,
            memory_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_update2_detailed(
        self,
        org: str,
        user_id: str,
        memory_id: int,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> Response[UserAllChatMemoryView]:
        """Like `ai_prompt_orgs_users_all_chats_memory_update2`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_all_chats_memory_update2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            memory_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_destroy2(
        self,
        org: str,
        user_id: str,
        memory_id: int,
    ) -> Any:
        """Delete a specific chat memory entry.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user who owns the memory.
        memory_id: The ID of the specific memory entry to delete.

        Returns:
        Response: A success message if the memory was deleted.

        Raises:
        NotFound: If the specified memory entry does not exist.

        ``DELETE /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_all_chats_memory_destroy2``)

        Args:
            org (str):
            user_id (str):
            memory_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_prompt_orgs_users_all_chats_memory_destroy2 import asyncio

        return await asyncio(
            org,
            user_id,
            memory_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_all_chats_memory_destroy2_detailed(
        self,
        org: str,
        user_id: str,
        memory_id: int,
    ) -> Response[Any]:
        """Like `ai_prompt_orgs_users_all_chats_memory_destroy2`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_all_chats_memory_destroy2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            memory_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_chat_memory_status_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> UserChatMemoryStatusView:
        """Retrieve the chat memory status for a specific user.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to retrieve memory status for.

        Returns:
        Response: The user's chat memory status.

        Raises:
        NotFound: If no memory status exists for the user.

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/chat-memory-status/`` (operation ``ai_prompt_orgs_users_chat_memory_status_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserChatMemoryStatusView
        """

        from .ai_prompt_orgs_users_chat_memory_status_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_chat_memory_status_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[UserChatMemoryStatusView]:
        """Like `ai_prompt_orgs_users_chat_memory_status_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_chat_memory_status_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_chat_memory_status_update(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatMemoryStatusRequestView,
    ) -> UserChatMemoryStatusView:
        """Update the chat memory status for a specific user.

        Args:
        request: The HTTP request containing the updated status.
        org: The organization/tenant identifier.
        user_id: The ID of the user to update memory status for.

        Returns:
        Response: The updated chat memory status.

        Raises:
        BadRequest: If the provided data is invalid.

        ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/chat-memory-status/`` (operation ``ai_prompt_orgs_users_chat_memory_status_update``)

        Args:
            org (str):
            user_id (str):
            body (UserChatMemoryStatusRequestView):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserChatMemoryStatusView
        """

        from .ai_prompt_orgs_users_chat_memory_status_update import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_chat_memory_status_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatMemoryStatusRequestView,
    ) -> Response[UserChatMemoryStatusView]:
        """Like `ai_prompt_orgs_users_chat_memory_status_update`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_chat_memory_status_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_languages_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> LanguagesView:
        """Retrieve all available prompt languages.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.

        Returns:
        Response: A list of available prompt languages.

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/languages/`` (operation ``ai_prompt_orgs_users_languages_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LanguagesView
        """

        from .ai_prompt_orgs_users_languages_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_languages_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[LanguagesView]:
        """Like `ai_prompt_orgs_users_languages_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_languages_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_languages_create(
        self,
        org: str,
        user_id: str,
        *,
        body: LanguagesViewRequest,
    ) -> LanguagesView:
        """Create a new prompt language.

        Args:
        request: The HTTP request containing the language data.
        org: The organization/tenant identifier.
        user_id: The ID of the user creating the language.

        Returns:
        Response: The created prompt language.

        Raises:
        BadRequest: If the provided data is invalid.

        ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/languages/`` (operation ``ai_prompt_orgs_users_languages_create``)

        Args:
            org (str):
            user_id (str):
            body (LanguagesViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LanguagesView
        """

        from .ai_prompt_orgs_users_languages_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_languages_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: LanguagesViewRequest,
    ) -> Response[LanguagesView]:
        """Like `ai_prompt_orgs_users_languages_create`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_languages_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_languages_update(
        self,
        org: str,
        user_id: str,
        language_id: int,
        *,
        body: LanguagesViewRequest,
    ) -> LanguagesView:
        """Update a specific prompt language.

        Args:
        request: The HTTP request containing the updated language data.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        language_id: The ID of the language to update.

        Returns:
        Response: The updated prompt language.

        Raises:
        BadRequest: If the provided data is invalid.
        NotFound: If the specified language does not exist.

        ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/languages/{language_id}/`` (operation ``ai_prompt_orgs_users_languages_update``)

        Args:
            org (str):
            user_id (str):
            language_id (int):
            body (LanguagesViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LanguagesView
        """

        from .ai_prompt_orgs_users_languages_update import asyncio

        return await asyncio(
            org,
            user_id,
            language_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_languages_update_detailed(
        self,
        org: str,
        user_id: str,
        language_id: int,
        *,
        body: LanguagesViewRequest,
    ) -> Response[LanguagesView]:
        """Like `ai_prompt_orgs_users_languages_update`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_languages_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            language_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_languages_destroy(
        self,
        org: str,
        user_id: str,
        language_id: int,
    ) -> Any:
        """Delete a specific prompt language.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        language_id: The ID of the language to delete.

        Returns:
        Response: A success message if the language was deleted.

        Raises:
        NotFound: If the specified language does not exist.

        ``DELETE /api/ai-prompt/orgs/{org}/users/{user_id}/languages/{language_id}/`` (operation ``ai_prompt_orgs_users_languages_destroy``)

        Args:
            org (str):
            user_id (str):
            language_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_prompt_orgs_users_languages_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            language_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_languages_destroy_detailed(
        self,
        org: str,
        user_id: str,
        language_id: int,
    ) -> Response[Any]:
        """Like `ai_prompt_orgs_users_languages_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_languages_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            language_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_context_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> UserMemoryContextResponse:
        """Retrieve a user's memory context settings.

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/`` (operation ``ai_prompt_orgs_users_memory_context_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserMemoryContextResponse
        """

        from .ai_prompt_orgs_users_memory_context_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_context_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[UserMemoryContextResponse]:
        """Like `ai_prompt_orgs_users_memory_context_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_memory_context_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_context_update(
        self,
        org: str,
        user_id: str,
        *,
        body: UserMemoryContextRequest | Unset = UNSET,
    ) -> UserMemoryContextResponse:
        """Updates the user's memory context settings.

        Returns:
        200: list of user memory context data.

        ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/`` (operation ``ai_prompt_orgs_users_memory_context_update``)

        Args:
            org (str):
            user_id (str):
            body (UserMemoryContextRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserMemoryContextResponse
        """

        from .ai_prompt_orgs_users_memory_context_update import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_context_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserMemoryContextRequest | Unset = UNSET,
    ) -> Response[UserMemoryContextResponse]:
        """Like `ai_prompt_orgs_users_memory_context_update`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_memory_context_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_status_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> MemoryStatusView:
        """Retrieve the memory status for a specific user.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to retrieve memory status for.

        Returns:
        Response: The user's memory status.

        Raises:
        NotFound: If no memory status exists for the user.

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/memory-status/`` (operation ``ai_prompt_orgs_users_memory_status_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MemoryStatusView
        """

        from .ai_prompt_orgs_users_memory_status_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_status_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[MemoryStatusView]:
        """Like `ai_prompt_orgs_users_memory_status_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_memory_status_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_status_update(
        self,
        org: str,
        user_id: str,
        *,
        body: MemoryStatusRequestView,
    ) -> MemoryStatusView:
        """Update the memory status for a specific user.

        Args:
        request: The HTTP request containing the updated status.
        org: The organization/tenant identifier.
        user_id: The ID of the user to update memory status for.

        Returns:
        Response: The updated memory status.

        Raises:
        BadRequest: If the provided data is invalid.

        ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory-status/`` (operation ``ai_prompt_orgs_users_memory_status_update``)

        Args:
            org (str):
            user_id (str):
            body (MemoryStatusRequestView):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MemoryStatusView
        """

        from .ai_prompt_orgs_users_memory_status_update import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_status_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MemoryStatusRequestView,
    ) -> Response[MemoryStatusView]:
        """Like `ai_prompt_orgs_users_memory_status_update`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_memory_status_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> UserCatalogItemMemoryView:
        """Retrieve catalog item memory for a specific user.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to retrieve catalog item memory for.

        Returns:
        Response: The user's catalog item memory entries.

        Raises:
        NotFound: If no catalog item memory exists for the user.

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/memory/`` (operation ``ai_prompt_orgs_users_memory_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserCatalogItemMemoryView
        """

        from .ai_prompt_orgs_users_memory_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[UserCatalogItemMemoryView]:
        """Like `ai_prompt_orgs_users_memory_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_memory_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UserCatalogItemMemoryViewRequest,
    ) -> UserCatalogItemMemoryView:
        """Create a new catalog item memory entry for a user.

        Args:
        request: The HTTP request containing the catalog item memory data.
        org: The organization/tenant identifier.
        user_id: The ID of the user to create catalog item memory for.

        Returns:
        Response: The created catalog item memory entry.

        Raises:
        BadRequest: If the provided data is invalid.

        ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/memory/`` (operation ``ai_prompt_orgs_users_memory_create``)

        Args:
            org (str):
            user_id (str):
            body (UserCatalogItemMemoryViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserCatalogItemMemoryView
        """

        from .ai_prompt_orgs_users_memory_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserCatalogItemMemoryViewRequest,
    ) -> Response[UserCatalogItemMemoryView]:
        """Like `ai_prompt_orgs_users_memory_create`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_memory_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Delete all catalog item memory for a specific user.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to delete catalog item memory for.

        Returns:
        Response: A success message if the memory was deleted.

        Raises:
        NotFound: If no catalog item memory exists for the user.

        ``DELETE /api/ai-prompt/orgs/{org}/users/{user_id}/memory/`` (operation ``ai_prompt_orgs_users_memory_destroy``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_prompt_orgs_users_memory_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `ai_prompt_orgs_users_memory_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_memory_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_update(
        self,
        org: str,
        user_id: str,
        memory_id: int,
        *,
        body: UserCatalogItemMemoryViewRequest,
    ) -> UserCatalogItemMemoryView:
        """Update a specific catalog item memory entry.

        Args:
        request: The HTTP request containing the updated catalog item memory data.
        org: The organization/tenant identifier.
        user_id: The ID of the user who owns the memory.
        memory_id: The ID of the specific memory entry to update.

        Returns:
        Response: The updated catalog item memory entry.

        Raises:
        BadRequest: If the provided data is invalid.
        NotFound: If the specified memory entry does not exist.

        ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_memory_update``)

        Args:
            org (str):
            user_id (str):
            memory_id (int):
            body (UserCatalogItemMemoryViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserCatalogItemMemoryView
        """

        from .ai_prompt_orgs_users_memory_update import asyncio

        return await asyncio(
            org,
            user_id,
            memory_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_update_detailed(
        self,
        org: str,
        user_id: str,
        memory_id: int,
        *,
        body: UserCatalogItemMemoryViewRequest,
    ) -> Response[UserCatalogItemMemoryView]:
        """Like `ai_prompt_orgs_users_memory_update`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_memory_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            memory_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_destroy2(
        self,
        org: str,
        user_id: str,
        memory_id: int,
    ) -> Any:
        """Delete a specific catalog item memory entry.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user who owns the memory.
        memory_id: The ID of the specific memory entry to delete.

        Returns:
        Response: A success message if the memory was deleted.

        Raises:
        NotFound: If the specified memory entry does not exist.

        ``DELETE /api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_memory_destroy2``)

        Args:
            org (str):
            user_id (str):
            memory_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_prompt_orgs_users_memory_destroy2 import asyncio

        return await asyncio(
            org,
            user_id,
            memory_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_memory_destroy2_detailed(
        self,
        org: str,
        user_id: str,
        memory_id: int,
    ) -> Response[Any]:
        """Like `ai_prompt_orgs_users_memory_destroy2`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_memory_destroy2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            memory_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_metadata_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Metadata:
        """Retrieve metadata for a prompt.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.

        Returns:
        Response: The prompt metadata.

        Raises:
        NotFound: If no metadata exists for the specific prompt

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/metadata`` (operation ``ai_prompt_orgs_users_metadata_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Metadata
        """

        from .ai_prompt_orgs_users_metadata_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_metadata_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Metadata]:
        """Like `ai_prompt_orgs_users_metadata_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_metadata_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_list(
        self,
        org: str,
        user_id: str,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> list[Prompt]:
        """API viewset for managing prompts.

        This view allows tenant admins and students to create, retrieve, update, and filter prompts
        based on various parameters.

        Permissions:
        - Accessible to both tenant administrators and students

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/`` (operation ``ai_prompt_orgs_users_prompt_list``)

        Args:
            org (str):
            user_id (str):
            category (int | Unset): Category of the prompt
            created_by (str | Unset): Option to filter by username of the prompt creators.
            filter_by (str | Unset): Filter options include, date, prompt, default is date
            mentor_unique_id (str | Unset): Mentor unique id of the prompt
            tag (int | Unset): Tag of the prompt
            visibility (str | Unset): Visibility trype the mentor of the prompt

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[Prompt]
        """

        from .ai_prompt_orgs_users_prompt_list import asyncio

        return await asyncio(
            org,
            user_id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[list[Prompt]]:
        """Like `ai_prompt_orgs_users_prompt_list`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_prompt_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PromptRequest,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Prompt:
        """Create a new prompt.

        Args:
        request: HTTP request containing prompt data.

        Returns:
        Response with created prompt details.

        Raises:
        ValidationError: If the input data is invalid.

        ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/`` (operation ``ai_prompt_orgs_users_prompt_create``)

        Args:
            org (str):
            user_id (str):
            category (int | Unset): Category of the prompt
            created_by (str | Unset): Option to filter by username of the prompt creators.
            filter_by (str | Unset): Filter options include, date, prompt, default is date
            mentor_unique_id (str | Unset): Mentor unique id of the prompt
            tag (int | Unset): Tag of the prompt
            visibility (str | Unset): Visibility trype the mentor of the prompt
            body (PromptRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Prompt
        """

        from .ai_prompt_orgs_users_prompt_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PromptRequest,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Prompt]:
        """Like `ai_prompt_orgs_users_prompt_create`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_prompt_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Prompt:
        """API viewset for managing prompts.

        This view allows tenant admins and students to create, retrieve, update, and filter prompts
        based on various parameters.

        Permissions:
        - Accessible to both tenant administrators and students

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/`` (operation ``ai_prompt_orgs_users_prompt_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this prompt.
            category (int | Unset): Category of the prompt
            created_by (str | Unset): Option to filter by username of the prompt creators.
            filter_by (str | Unset): Filter options include, date, prompt, default is date
            mentor_unique_id (str | Unset): Mentor unique id of the prompt
            tag (int | Unset): Tag of the prompt
            visibility (str | Unset): Visibility trype the mentor of the prompt

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Prompt
        """

        from .ai_prompt_orgs_users_prompt_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Prompt]:
        """Like `ai_prompt_orgs_users_prompt_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_prompt_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PromptRequest,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Prompt:
        """Update an existing prompt.

        Args:
        request: HTTP request containing updated prompt data.

        Returns:
        Response with updated prompt details.

        Raises:
        ValidationError: If the input data is invalid.
        PermissionDenied: If the prompt is system-generated and cannot be edited.

        ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/`` (operation ``ai_prompt_orgs_users_prompt_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this prompt.
            category (int | Unset): Category of the prompt
            created_by (str | Unset): Option to filter by username of the prompt creators.
            filter_by (str | Unset): Filter options include, date, prompt, default is date
            mentor_unique_id (str | Unset): Mentor unique id of the prompt
            tag (int | Unset): Tag of the prompt
            visibility (str | Unset): Visibility trype the mentor of the prompt
            body (PromptRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Prompt
        """

        from .ai_prompt_orgs_users_prompt_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PromptRequest,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Prompt]:
        """Like `ai_prompt_orgs_users_prompt_update`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_prompt_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Any:
        """API viewset for managing prompts.

        This view allows tenant admins and students to create, retrieve, update, and filter prompts
        based on various parameters.

        Permissions:
        - Accessible to both tenant administrators and students

        ``DELETE /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/`` (operation ``ai_prompt_orgs_users_prompt_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this prompt.
            category (int | Unset): Category of the prompt
            created_by (str | Unset): Option to filter by username of the prompt creators.
            filter_by (str | Unset): Filter options include, date, prompt, default is date
            mentor_unique_id (str | Unset): Mentor unique id of the prompt
            tag (int | Unset): Tag of the prompt
            visibility (str | Unset): Visibility trype the mentor of the prompt

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_prompt_orgs_users_prompt_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `ai_prompt_orgs_users_prompt_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_prompt_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPromptRequest | Unset = UNSET,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Prompt:
        """API viewset for managing prompts.

        This view allows tenant admins and students to create, retrieve, update, and filter prompts
        based on various parameters.

        Permissions:
        - Accessible to both tenant administrators and students

        ``PATCH /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/`` (operation ``ai_prompt_orgs_users_prompt_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this prompt.
            category (int | Unset): Category of the prompt
            created_by (str | Unset): Option to filter by username of the prompt creators.
            filter_by (str | Unset): Filter options include, date, prompt, default is date
            mentor_unique_id (str | Unset): Mentor unique id of the prompt
            tag (int | Unset): Tag of the prompt
            visibility (str | Unset): Visibility trype the mentor of the prompt
            body (PatchedPromptRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Prompt
        """

        from .ai_prompt_orgs_users_prompt_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompt_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPromptRequest | Unset = UNSET,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Prompt]:
        """Like `ai_prompt_orgs_users_prompt_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_prompt_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompts_category_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        filter_by: str | Unset = UNSET,
    ) -> PromptCategory:
        """Retrieve a list of prompt categories.

        Query Parameters:
        - filter_by (optional): Sorts categories by name if set to "name".

        Args:
        request: The HTTP request.
        org: Organization key identifier.

        Returns:
        - 200: List of prompt categories.
        - 400: If query parameters are invalid.

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/`` (operation ``ai_prompt_orgs_users_prompts_category_retrieve``)

        Args:
            org (str):
            user_id (str):
            filter_by (str | Unset): Filter options include, date, name, default is date

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PromptCategory
        """

        from .ai_prompt_orgs_users_prompts_category_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            filter_by=filter_by,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompts_category_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        filter_by: str | Unset = UNSET,
    ) -> Response[PromptCategory]:
        """Like `ai_prompt_orgs_users_prompts_category_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_prompts_category_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            filter_by=filter_by,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompts_category_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PromptCategoryRequest,
    ) -> PromptCategory:
        """Create a new prompt category.

        Args:
        request: The HTTP request containing category information.
        org: Organization key identifier.
        user_id: User performing the request.

        Returns:
        - 201: Created prompt category.
        - 401: If the user is not a tenant admin.
        - 400: If request data is invalid.

        ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/`` (operation ``ai_prompt_orgs_users_prompts_category_create``)

        Args:
            org (str):
            user_id (str):
            body (PromptCategoryRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PromptCategory
        """

        from .ai_prompt_orgs_users_prompts_category_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompts_category_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PromptCategoryRequest,
    ) -> Response[PromptCategory]:
        """Like `ai_prompt_orgs_users_prompts_category_create`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_prompts_category_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompts_category_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Delete a prompt category.

        Args:
        request: The HTTP request containing the category to delete.
        org: Organization key identifier.
        user_id: User performing the request.

        Returns:
        - 204: No Content (successful deletion).
        - 401: If the user is not a tenant admin.
        - 400: If request data is invalid.
        - 404: If the category does not exist.

        ``DELETE /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/`` (operation ``ai_prompt_orgs_users_prompts_category_destroy``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_prompt_orgs_users_prompts_category_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompts_category_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `ai_prompt_orgs_users_prompts_category_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_prompts_category_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompts_public_list(
        self,
        org: str,
        user_id: str,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> list[Prompt]:
        """API viewset for managing prompts.

        This view allows anyone to retrieve, and filter prompts based on various parameters.

        Permissions:
        - Accessible to anyone

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/public/`` (operation ``ai_prompt_orgs_users_prompts_public_list``)

        Args:
            org (str):
            user_id (str):
            category (int | Unset): Category of the prompt
            created_by (str | Unset): Option to filter by username of the prompt creators.
            filter_by (str | Unset): Filter options include, date, prompt, default is date
            mentor_unique_id (str | Unset): Mentor unique id of the prompt
            tag (int | Unset): Tag of the prompt
            visibility (str | Unset): Visibility trype the mentor of the prompt

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[Prompt]
        """

        from .ai_prompt_orgs_users_prompts_public_list import asyncio

        return await asyncio(
            org,
            user_id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompts_public_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[list[Prompt]]:
        """Like `ai_prompt_orgs_users_prompts_public_list`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_prompts_public_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompts_public_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Prompt:
        """API viewset for managing prompts.

        This view allows anyone to retrieve, and filter prompts based on various parameters.

        Permissions:
        - Accessible to anyone

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/public/{id}/`` (operation ``ai_prompt_orgs_users_prompts_public_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this prompt.
            category (int | Unset): Category of the prompt
            created_by (str | Unset): Option to filter by username of the prompt creators.
            filter_by (str | Unset): Filter options include, date, prompt, default is date
            mentor_unique_id (str | Unset): Mentor unique id of the prompt
            tag (int | Unset): Tag of the prompt
            visibility (str | Unset): Visibility trype the mentor of the prompt

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Prompt
        """

        from .ai_prompt_orgs_users_prompts_public_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_prompts_public_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Prompt]:
        """Like `ai_prompt_orgs_users_prompts_public_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_prompts_public_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    async def ai_prompt_orgs_users_sessions_guided_prompts_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> GuidedPromptsResponse:
        """Retrieve guided prompts for a chat session

        Fetches AI-generated guided prompts for a given session and organization.

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/sessions/{session_id}/guided-prompts/`` (operation ``ai_prompt_orgs_users_sessions_guided_prompts_retrieve``)

        Args:
            org (str):
            user_id (str):
            session_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            GuidedPromptsResponse
        """

        from .ai_prompt_orgs_users_sessions_guided_prompts_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_sessions_guided_prompts_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[GuidedPromptsResponse]:
        """Like `ai_prompt_orgs_users_sessions_guided_prompts_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_sessions_guided_prompts_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_styles_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> StylesView:
        """Endpoint for getting prompt styles.

        Accessible to tenant admins and students.

        Returns:
        200: List of styles.

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/styles/`` (operation ``ai_prompt_orgs_users_styles_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StylesView
        """

        from .ai_prompt_orgs_users_styles_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_styles_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[StylesView]:
        """Like `ai_prompt_orgs_users_styles_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_styles_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_styles_create(
        self,
        org: str,
        user_id: str,
        *,
        body: StylesViewRequest,
    ) -> StylesView:
        """Endpoint for Adding prompt style.

        Accessible to tenant admins only.

        Returns:
        201: style Object.
        400: When data is not valid.

        ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/styles/`` (operation ``ai_prompt_orgs_users_styles_create``)

        Args:
            org (str):
            user_id (str):
            body (StylesViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StylesView
        """

        from .ai_prompt_orgs_users_styles_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_styles_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: StylesViewRequest,
    ) -> Response[StylesView]:
        """Like `ai_prompt_orgs_users_styles_create`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_styles_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_styles_update(
        self,
        org: str,
        user_id: str,
        style_id: int,
        *,
        body: StylesViewRequest,
    ) -> StylesView:
        """Endpoint for Adding prompt style.

        Accessible to tenant admins only.

        Returns:
        200: style Object.
        400: When data is not valid.

        ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/`` (operation ``ai_prompt_orgs_users_styles_update``)

        Args:
            org (str):
            user_id (str):
            style_id (int):
            body (StylesViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StylesView
        """

        from .ai_prompt_orgs_users_styles_update import asyncio

        return await asyncio(
            org,
            user_id,
            style_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_styles_update_detailed(
        self,
        org: str,
        user_id: str,
        style_id: int,
        *,
        body: StylesViewRequest,
    ) -> Response[StylesView]:
        """Like `ai_prompt_orgs_users_styles_update`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_styles_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            style_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_styles_destroy(
        self,
        org: str,
        user_id: str,
        style_id: int,
    ) -> Any:
        """Endpoint for deleting prompt style.

        Accessible to tenant admins and students.

        Returns:
        204: No response data.
        400: When data is not valid.

        ``DELETE /api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/`` (operation ``ai_prompt_orgs_users_styles_destroy``)

        Args:
            org (str):
            user_id (str):
            style_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_prompt_orgs_users_styles_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            style_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_styles_destroy_detailed(
        self,
        org: str,
        user_id: str,
        style_id: int,
    ) -> Response[Any]:
        """Like `ai_prompt_orgs_users_styles_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_styles_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            style_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tags_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> TagsView:
        """Endpoint for getting prompt tags.

        Accessible to tenant admins and students.

        Returns:
        200: List of tags.

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/tags/`` (operation ``ai_prompt_orgs_users_tags_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TagsView
        """

        from .ai_prompt_orgs_users_tags_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tags_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[TagsView]:
        """Like `ai_prompt_orgs_users_tags_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_tags_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tags_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TagsViewRequest,
    ) -> TagsView:
        """Endpoint for Adding prompt tag.

        Accessible to tenant admins and students.

        Returns:
        201: tag Object.
        400: When data is not valid.
        Example:
        POST: /api/ai-prompt/orgs/main/users/johndoe/tags/
        Request:
        Response:
        {
        "name": "Programming",
        "description": "tags for programing prompts"
        }
        Response:
        {
        "id": 1,
        "name": "Programming",
        "description": "tags for programing prompts"
        }

        ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/tags/`` (operation ``ai_prompt_orgs_users_tags_create``)

        Args:
            org (str):
            user_id (str):
            body (TagsViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TagsView
        """

        from .ai_prompt_orgs_users_tags_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tags_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TagsViewRequest,
    ) -> Response[TagsView]:
        """Like `ai_prompt_orgs_users_tags_create`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_tags_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tags_update(
        self,
        org: str,
        user_id: str,
        tag_id: int,
        *,
        body: TagsViewRequest,
    ) -> TagsView:
        """Endpoint for updating prompt tag.

        Accessible to tenant admins and students.

        Returns:
        200: tag Object.
        400: When data is not valid.

        ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/tags/{tag_id}/`` (operation ``ai_prompt_orgs_users_tags_update``)

        Args:
            org (str):
            user_id (str):
            tag_id (int):
            body (TagsViewRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TagsView
        """

        from .ai_prompt_orgs_users_tags_update import asyncio

        return await asyncio(
            org,
            user_id,
            tag_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tags_update_detailed(
        self,
        org: str,
        user_id: str,
        tag_id: int,
        *,
        body: TagsViewRequest,
    ) -> Response[TagsView]:
        """Like `ai_prompt_orgs_users_tags_update`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_tags_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            tag_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tags_destroy(
        self,
        org: str,
        user_id: str,
        tag_id: int,
    ) -> Any:
        """Endpoint for deleting prompt tag.

        Accessible to tenant admins and students.

        Returns:
        204: No response data.
        400: When data is not valid.

        ``DELETE /api/ai-prompt/orgs/{org}/users/{user_id}/tags/{tag_id}/`` (operation ``ai_prompt_orgs_users_tags_destroy``)

        Args:
            org (str):
            user_id (str):
            tag_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_prompt_orgs_users_tags_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            tag_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tags_destroy_detailed(
        self,
        org: str,
        user_id: str,
        tag_id: int,
    ) -> Response[Any]:
        """Like `ai_prompt_orgs_users_tags_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_tags_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            tag_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tones_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> TonesView:
        """Endpoint for getting prompt tones.

        Accessible to tenant admins and students.

        Returns:
        200: List of tones.

        ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/tones/`` (operation ``ai_prompt_orgs_users_tones_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TonesView
        """

        from .ai_prompt_orgs_users_tones_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tones_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[TonesView]:
        """Like `ai_prompt_orgs_users_tones_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_tones_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tones_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TonesViewRequest | Unset = UNSET,
    ) -> TonesView:
        """Endpoint for Adding prompt tone.

        Accessible to tenant admins only.

        Returns:
        201: tone Object.
        400: When data is not valid.

        ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/tones/`` (operation ``ai_prompt_orgs_users_tones_create``)

        Args:
            org (str):
            user_id (str):
            body (TonesViewRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TonesView
        """

        from .ai_prompt_orgs_users_tones_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tones_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TonesViewRequest | Unset = UNSET,
    ) -> Response[TonesView]:
        """Like `ai_prompt_orgs_users_tones_create`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_tones_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tones_update(
        self,
        org: str,
        user_id: str,
        tone_id: int,
        *,
        body: TonesViewRequest | Unset = UNSET,
    ) -> TonesView:
        """Endpoint for updating prompt tone.

        Accessible to tenant admins only.

        Returns:
        200: tone Object.
        400: When data is not valid.

        ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/tones/{tone_id}/`` (operation ``ai_prompt_orgs_users_tones_update``)

        Args:
            org (str):
            user_id (str):
            tone_id (int):
            body (TonesViewRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TonesView
        """

        from .ai_prompt_orgs_users_tones_update import asyncio

        return await asyncio(
            org,
            user_id,
            tone_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tones_update_detailed(
        self,
        org: str,
        user_id: str,
        tone_id: int,
        *,
        body: TonesViewRequest | Unset = UNSET,
    ) -> Response[TonesView]:
        """Like `ai_prompt_orgs_users_tones_update`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_tones_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            tone_id,
            body=body,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tones_destroy(
        self,
        org: str,
        user_id: str,
        tone_id: int,
    ) -> Any:
        """Endpoint for deleting prompt tone.

        Accessible to tenant admins and students.

        Returns:
        204: No response data.
        400: When data is not valid.

        ``DELETE /api/ai-prompt/orgs/{org}/users/{user_id}/tones/{tone_id}/`` (operation ``ai_prompt_orgs_users_tones_destroy``)

        Args:
            org (str):
            user_id (str):
            tone_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_prompt_orgs_users_tones_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            tone_id,
            client=self._client,
        )

    async def ai_prompt_orgs_users_tones_destroy_detailed(
        self,
        org: str,
        user_id: str,
        tone_id: int,
    ) -> Response[Any]:
        """Like `ai_prompt_orgs_users_tones_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_prompt_orgs_users_tones_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            tone_id,
            client=self._client,
        )


class AiPromptApi:
    """The ``ai_prompt`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def ai_prompt_orgs_metadata_create(
        self,
        org: str,
        *,
        body: Metadata,
    ) -> Metadata:
        """See `AsyncAiPromptApi.ai_prompt_orgs_metadata_create`."""
        from .ai_prompt_orgs_metadata_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_metadata_create_detailed(
        self,
        org: str,
        *,
        body: Metadata,
    ) -> Response[Metadata]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_metadata_create_detailed`."""
        from .ai_prompt_orgs_metadata_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> UserAllChatMemoryView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_retrieve`."""
        from .ai_prompt_orgs_users_all_chats_memory_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[UserAllChatMemoryView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_retrieve_detailed`."""
        from .ai_prompt_orgs_users_all_chats_memory_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_update(
        self,
        org: str,
        user_id: str,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> UserChatMemoryUpdateView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_update`."""
        from .ai_prompt_orgs_users_all_chats_memory_update import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> Response[UserChatMemoryUpdateView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_update_detailed`."""
        from .ai_prompt_orgs_users_all_chats_memory_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> UserAllChatMemoryView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_create`."""
        from .ai_prompt_orgs_users_all_chats_memory_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> Response[UserAllChatMemoryView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_create_detailed`."""
        from .ai_prompt_orgs_users_all_chats_memory_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_destroy`."""
        from .ai_prompt_orgs_users_all_chats_memory_destroy import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_destroy_detailed`."""
        from .ai_prompt_orgs_users_all_chats_memory_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_update2(
        self,
        org: str,
        user_id: str,
        memory_id: int,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> UserAllChatMemoryView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_update2`."""
        from .ai_prompt_orgs_users_all_chats_memory_update2 import sync

        return sync(
            org,
            user_id,
            memory_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_update2_detailed(
        self,
        org: str,
        user_id: str,
        memory_id: int,
        *,
        body: UserAllChatMemoryViewRequest,
    ) -> Response[UserAllChatMemoryView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_update2_detailed`."""
        from .ai_prompt_orgs_users_all_chats_memory_update2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            memory_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_destroy2(
        self,
        org: str,
        user_id: str,
        memory_id: int,
    ) -> Any:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_destroy2`."""
        from .ai_prompt_orgs_users_all_chats_memory_destroy2 import sync

        return sync(
            org,
            user_id,
            memory_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_all_chats_memory_destroy2_detailed(
        self,
        org: str,
        user_id: str,
        memory_id: int,
    ) -> Response[Any]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_all_chats_memory_destroy2_detailed`."""
        from .ai_prompt_orgs_users_all_chats_memory_destroy2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            memory_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_chat_memory_status_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> UserChatMemoryStatusView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_chat_memory_status_retrieve`."""
        from .ai_prompt_orgs_users_chat_memory_status_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_chat_memory_status_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[UserChatMemoryStatusView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_chat_memory_status_retrieve_detailed`."""
        from .ai_prompt_orgs_users_chat_memory_status_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_chat_memory_status_update(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatMemoryStatusRequestView,
    ) -> UserChatMemoryStatusView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_chat_memory_status_update`."""
        from .ai_prompt_orgs_users_chat_memory_status_update import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_chat_memory_status_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatMemoryStatusRequestView,
    ) -> Response[UserChatMemoryStatusView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_chat_memory_status_update_detailed`."""
        from .ai_prompt_orgs_users_chat_memory_status_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_languages_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> LanguagesView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_languages_retrieve`."""
        from .ai_prompt_orgs_users_languages_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_languages_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[LanguagesView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_languages_retrieve_detailed`."""
        from .ai_prompt_orgs_users_languages_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_languages_create(
        self,
        org: str,
        user_id: str,
        *,
        body: LanguagesViewRequest,
    ) -> LanguagesView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_languages_create`."""
        from .ai_prompt_orgs_users_languages_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_languages_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: LanguagesViewRequest,
    ) -> Response[LanguagesView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_languages_create_detailed`."""
        from .ai_prompt_orgs_users_languages_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_languages_update(
        self,
        org: str,
        user_id: str,
        language_id: int,
        *,
        body: LanguagesViewRequest,
    ) -> LanguagesView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_languages_update`."""
        from .ai_prompt_orgs_users_languages_update import sync

        return sync(
            org,
            user_id,
            language_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_languages_update_detailed(
        self,
        org: str,
        user_id: str,
        language_id: int,
        *,
        body: LanguagesViewRequest,
    ) -> Response[LanguagesView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_languages_update_detailed`."""
        from .ai_prompt_orgs_users_languages_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            language_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_languages_destroy(
        self,
        org: str,
        user_id: str,
        language_id: int,
    ) -> Any:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_languages_destroy`."""
        from .ai_prompt_orgs_users_languages_destroy import sync

        return sync(
            org,
            user_id,
            language_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_languages_destroy_detailed(
        self,
        org: str,
        user_id: str,
        language_id: int,
    ) -> Response[Any]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_languages_destroy_detailed`."""
        from .ai_prompt_orgs_users_languages_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            language_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_context_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> UserMemoryContextResponse:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_context_retrieve`."""
        from .ai_prompt_orgs_users_memory_context_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_context_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[UserMemoryContextResponse]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_context_retrieve_detailed`."""
        from .ai_prompt_orgs_users_memory_context_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_context_update(
        self,
        org: str,
        user_id: str,
        *,
        body: UserMemoryContextRequest | Unset = UNSET,
    ) -> UserMemoryContextResponse:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_context_update`."""
        from .ai_prompt_orgs_users_memory_context_update import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_context_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserMemoryContextRequest | Unset = UNSET,
    ) -> Response[UserMemoryContextResponse]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_context_update_detailed`."""
        from .ai_prompt_orgs_users_memory_context_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_status_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> MemoryStatusView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_status_retrieve`."""
        from .ai_prompt_orgs_users_memory_status_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_status_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[MemoryStatusView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_status_retrieve_detailed`."""
        from .ai_prompt_orgs_users_memory_status_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_status_update(
        self,
        org: str,
        user_id: str,
        *,
        body: MemoryStatusRequestView,
    ) -> MemoryStatusView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_status_update`."""
        from .ai_prompt_orgs_users_memory_status_update import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_status_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MemoryStatusRequestView,
    ) -> Response[MemoryStatusView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_status_update_detailed`."""
        from .ai_prompt_orgs_users_memory_status_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> UserCatalogItemMemoryView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_retrieve`."""
        from .ai_prompt_orgs_users_memory_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[UserCatalogItemMemoryView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_retrieve_detailed`."""
        from .ai_prompt_orgs_users_memory_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UserCatalogItemMemoryViewRequest,
    ) -> UserCatalogItemMemoryView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_create`."""
        from .ai_prompt_orgs_users_memory_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserCatalogItemMemoryViewRequest,
    ) -> Response[UserCatalogItemMemoryView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_create_detailed`."""
        from .ai_prompt_orgs_users_memory_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_destroy`."""
        from .ai_prompt_orgs_users_memory_destroy import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_destroy_detailed`."""
        from .ai_prompt_orgs_users_memory_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_update(
        self,
        org: str,
        user_id: str,
        memory_id: int,
        *,
        body: UserCatalogItemMemoryViewRequest,
    ) -> UserCatalogItemMemoryView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_update`."""
        from .ai_prompt_orgs_users_memory_update import sync

        return sync(
            org,
            user_id,
            memory_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_update_detailed(
        self,
        org: str,
        user_id: str,
        memory_id: int,
        *,
        body: UserCatalogItemMemoryViewRequest,
    ) -> Response[UserCatalogItemMemoryView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_update_detailed`."""
        from .ai_prompt_orgs_users_memory_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            memory_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_destroy2(
        self,
        org: str,
        user_id: str,
        memory_id: int,
    ) -> Any:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_destroy2`."""
        from .ai_prompt_orgs_users_memory_destroy2 import sync

        return sync(
            org,
            user_id,
            memory_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_memory_destroy2_detailed(
        self,
        org: str,
        user_id: str,
        memory_id: int,
    ) -> Response[Any]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_memory_destroy2_detailed`."""
        from .ai_prompt_orgs_users_memory_destroy2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            memory_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_metadata_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Metadata:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_metadata_retrieve`."""
        from .ai_prompt_orgs_users_metadata_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_metadata_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Metadata]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_metadata_retrieve_detailed`."""
        from .ai_prompt_orgs_users_metadata_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_list(
        self,
        org: str,
        user_id: str,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> list[Prompt]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_list`."""
        from .ai_prompt_orgs_users_prompt_list import sync

        return sync(
            org,
            user_id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[list[Prompt]]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_list_detailed`."""
        from .ai_prompt_orgs_users_prompt_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PromptRequest,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Prompt:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_create`."""
        from .ai_prompt_orgs_users_prompt_create import sync

        return sync(
            org,
            user_id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PromptRequest,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Prompt]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_create_detailed`."""
        from .ai_prompt_orgs_users_prompt_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Prompt:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_retrieve`."""
        from .ai_prompt_orgs_users_prompt_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Prompt]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_retrieve_detailed`."""
        from .ai_prompt_orgs_users_prompt_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PromptRequest,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Prompt:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_update`."""
        from .ai_prompt_orgs_users_prompt_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PromptRequest,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Prompt]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_update_detailed`."""
        from .ai_prompt_orgs_users_prompt_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_destroy`."""
        from .ai_prompt_orgs_users_prompt_destroy import sync

        return sync(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_destroy_detailed`."""
        from .ai_prompt_orgs_users_prompt_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPromptRequest | Unset = UNSET,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Prompt:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_partial_update`."""
        from .ai_prompt_orgs_users_prompt_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompt_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPromptRequest | Unset = UNSET,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Prompt]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompt_partial_update_detailed`."""
        from .ai_prompt_orgs_users_prompt_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompts_category_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        filter_by: str | Unset = UNSET,
    ) -> PromptCategory:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompts_category_retrieve`."""
        from .ai_prompt_orgs_users_prompts_category_retrieve import sync

        return sync(
            org,
            user_id,
            filter_by=filter_by,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompts_category_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        filter_by: str | Unset = UNSET,
    ) -> Response[PromptCategory]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompts_category_retrieve_detailed`."""
        from .ai_prompt_orgs_users_prompts_category_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            filter_by=filter_by,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompts_category_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PromptCategoryRequest,
    ) -> PromptCategory:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompts_category_create`."""
        from .ai_prompt_orgs_users_prompts_category_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompts_category_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PromptCategoryRequest,
    ) -> Response[PromptCategory]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompts_category_create_detailed`."""
        from .ai_prompt_orgs_users_prompts_category_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompts_category_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompts_category_destroy`."""
        from .ai_prompt_orgs_users_prompts_category_destroy import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompts_category_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompts_category_destroy_detailed`."""
        from .ai_prompt_orgs_users_prompts_category_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompts_public_list(
        self,
        org: str,
        user_id: str,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> list[Prompt]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompts_public_list`."""
        from .ai_prompt_orgs_users_prompts_public_list import sync

        return sync(
            org,
            user_id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompts_public_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[list[Prompt]]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompts_public_list_detailed`."""
        from .ai_prompt_orgs_users_prompts_public_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompts_public_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Prompt:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompts_public_retrieve`."""
        from .ai_prompt_orgs_users_prompts_public_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_prompts_public_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        category: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        mentor_unique_id: str | Unset = UNSET,
        tag: int | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Prompt]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_prompts_public_retrieve_detailed`."""
        from .ai_prompt_orgs_users_prompts_public_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            category=category,
            created_by=created_by,
            filter_by=filter_by,
            mentor_unique_id=mentor_unique_id,
            tag=tag,
            visibility=visibility,
            client=self._client,
        )

    def ai_prompt_orgs_users_sessions_guided_prompts_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> GuidedPromptsResponse:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_sessions_guided_prompts_retrieve`."""
        from .ai_prompt_orgs_users_sessions_guided_prompts_retrieve import sync

        return sync(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_sessions_guided_prompts_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[GuidedPromptsResponse]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_sessions_guided_prompts_retrieve_detailed`."""
        from .ai_prompt_orgs_users_sessions_guided_prompts_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_styles_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> StylesView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_styles_retrieve`."""
        from .ai_prompt_orgs_users_styles_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_styles_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[StylesView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_styles_retrieve_detailed`."""
        from .ai_prompt_orgs_users_styles_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_styles_create(
        self,
        org: str,
        user_id: str,
        *,
        body: StylesViewRequest,
    ) -> StylesView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_styles_create`."""
        from .ai_prompt_orgs_users_styles_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_styles_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: StylesViewRequest,
    ) -> Response[StylesView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_styles_create_detailed`."""
        from .ai_prompt_orgs_users_styles_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_styles_update(
        self,
        org: str,
        user_id: str,
        style_id: int,
        *,
        body: StylesViewRequest,
    ) -> StylesView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_styles_update`."""
        from .ai_prompt_orgs_users_styles_update import sync

        return sync(
            org,
            user_id,
            style_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_styles_update_detailed(
        self,
        org: str,
        user_id: str,
        style_id: int,
        *,
        body: StylesViewRequest,
    ) -> Response[StylesView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_styles_update_detailed`."""
        from .ai_prompt_orgs_users_styles_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            style_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_styles_destroy(
        self,
        org: str,
        user_id: str,
        style_id: int,
    ) -> Any:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_styles_destroy`."""
        from .ai_prompt_orgs_users_styles_destroy import sync

        return sync(
            org,
            user_id,
            style_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_styles_destroy_detailed(
        self,
        org: str,
        user_id: str,
        style_id: int,
    ) -> Response[Any]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_styles_destroy_detailed`."""
        from .ai_prompt_orgs_users_styles_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            style_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_tags_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> TagsView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tags_retrieve`."""
        from .ai_prompt_orgs_users_tags_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_tags_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[TagsView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tags_retrieve_detailed`."""
        from .ai_prompt_orgs_users_tags_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_tags_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TagsViewRequest,
    ) -> TagsView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tags_create`."""
        from .ai_prompt_orgs_users_tags_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_tags_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TagsViewRequest,
    ) -> Response[TagsView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tags_create_detailed`."""
        from .ai_prompt_orgs_users_tags_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_tags_update(
        self,
        org: str,
        user_id: str,
        tag_id: int,
        *,
        body: TagsViewRequest,
    ) -> TagsView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tags_update`."""
        from .ai_prompt_orgs_users_tags_update import sync

        return sync(
            org,
            user_id,
            tag_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_tags_update_detailed(
        self,
        org: str,
        user_id: str,
        tag_id: int,
        *,
        body: TagsViewRequest,
    ) -> Response[TagsView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tags_update_detailed`."""
        from .ai_prompt_orgs_users_tags_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            tag_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_tags_destroy(
        self,
        org: str,
        user_id: str,
        tag_id: int,
    ) -> Any:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tags_destroy`."""
        from .ai_prompt_orgs_users_tags_destroy import sync

        return sync(
            org,
            user_id,
            tag_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_tags_destroy_detailed(
        self,
        org: str,
        user_id: str,
        tag_id: int,
    ) -> Response[Any]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tags_destroy_detailed`."""
        from .ai_prompt_orgs_users_tags_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            tag_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_tones_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> TonesView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tones_retrieve`."""
        from .ai_prompt_orgs_users_tones_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_tones_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[TonesView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tones_retrieve_detailed`."""
        from .ai_prompt_orgs_users_tones_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_tones_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TonesViewRequest | Unset = UNSET,
    ) -> TonesView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tones_create`."""
        from .ai_prompt_orgs_users_tones_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_tones_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TonesViewRequest | Unset = UNSET,
    ) -> Response[TonesView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tones_create_detailed`."""
        from .ai_prompt_orgs_users_tones_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_tones_update(
        self,
        org: str,
        user_id: str,
        tone_id: int,
        *,
        body: TonesViewRequest | Unset = UNSET,
    ) -> TonesView:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tones_update`."""
        from .ai_prompt_orgs_users_tones_update import sync

        return sync(
            org,
            user_id,
            tone_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_tones_update_detailed(
        self,
        org: str,
        user_id: str,
        tone_id: int,
        *,
        body: TonesViewRequest | Unset = UNSET,
    ) -> Response[TonesView]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tones_update_detailed`."""
        from .ai_prompt_orgs_users_tones_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            tone_id,
            body=body,
            client=self._client,
        )

    def ai_prompt_orgs_users_tones_destroy(
        self,
        org: str,
        user_id: str,
        tone_id: int,
    ) -> Any:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tones_destroy`."""
        from .ai_prompt_orgs_users_tones_destroy import sync

        return sync(
            org,
            user_id,
            tone_id,
            client=self._client,
        )

    def ai_prompt_orgs_users_tones_destroy_detailed(
        self,
        org: str,
        user_id: str,
        tone_id: int,
    ) -> Response[Any]:
        """See `AsyncAiPromptApi.ai_prompt_orgs_users_tones_destroy_detailed`."""
        from .ai_prompt_orgs_users_tones_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            tone_id,
            client=self._client,
        )
