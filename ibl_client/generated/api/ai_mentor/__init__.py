"""Operations tagged ``ai_mentor`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiMentorApi` / `AiMentorApi`, reached as
``client.ai_mentor``. A method imports its operation module on first call.
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
    from ...models.ai_generated_image import AIGeneratedImage
    from ...models.ai_mentor_orgs_sessions_create_response_400 import (
        AiMentorOrgsSessionsCreateResponse400,
    )
    from ...models.ai_mentor_orgs_sessions_create_response_404 import (
        AiMentorOrgsSessionsCreateResponse404,
    )
    from ...models.ai_mentor_orgs_users_call_configurations_list_mode import (
        AiMentorOrgsUsersCallConfigurationsListMode,
        check_ai_mentor_orgs_users_call_configurations_list_mode,
    )
    from ...models.ai_mentor_orgs_users_moderation_logs_list_target_system import (
        AiMentorOrgsUsersModerationLogsListTargetSystem,
        check_ai_mentor_orgs_users_moderation_logs_list_target_system,
    )
    from ...models.ai_mentor_orgs_users_periodic_agent_logs_list_status import (
        AiMentorOrgsUsersPeriodicAgentLogsListStatus,
        check_ai_mentor_orgs_users_periodic_agent_logs_list_status,
    )
    from ...models.ai_mentor_orgs_users_periodic_agents_list_previous_agent_status import (
        AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus,
        check_ai_mentor_orgs_users_periodic_agents_list_previous_agent_status,
    )
    from ...models.ai_mentor_orgs_users_periodic_agents_list_status import (
        AiMentorOrgsUsersPeriodicAgentsListStatus,
        check_ai_mentor_orgs_users_periodic_agents_list_status,
    )
    from ...models.ai_mentor_orgs_users_safety_logs_list_target_system import (
        AiMentorOrgsUsersSafetyLogsListTargetSystem,
        check_ai_mentor_orgs_users_safety_logs_list_target_system,
    )
    from ...models.ai_mentor_orgs_users_sessions_create_response_400 import (
        AiMentorOrgsUsersSessionsCreateResponse400,
    )
    from ...models.ai_mentor_orgs_users_sessions_create_response_404 import (
        AiMentorOrgsUsersSessionsCreateResponse404,
    )
    from ...models.ai_mentor_orgs_users_support_tickets_list_status import (
        AiMentorOrgsUsersSupportTicketsListStatus,
        check_ai_mentor_orgs_users_support_tickets_list_status,
    )
    from ...models.ai_mentor_orgs_users_voices_list_provider import (
        AiMentorOrgsUsersVoicesListProvider,
        check_ai_mentor_orgs_users_voices_list_provider,
    )
    from ...models.ai_user_profile_memory_relation import AIUserProfileMemoryRelation
    from ...models.ai_user_profile_request import AIUserProfileRequest
    from ...models.assumed_knowledge import AssumedKnowledge
    from ...models.audio_to_text_request import AudioToTextRequest
    from ...models.audio_to_text_response import AudioToTextResponse
    from ...models.call_authentication_request import CallAuthenticationRequest
    from ...models.call_authentication_response import CallAuthenticationResponse
    from ...models.call_configuration import CallConfiguration
    from ...models.call_configuration_request import CallConfigurationRequest
    from ...models.chat_history_item import ChatHistoryItem
    from ...models.chat_history_session_id import ChatHistorySessionId
    from ...models.chat_session_request import ChatSessionRequest
    from ...models.chat_session_response import ChatSessionResponse
    from ...models.course_creation_task import CourseCreationTask
    from ...models.course_creation_task_file import CourseCreationTaskFile
    from ...models.course_creation_task_file_request import CourseCreationTaskFileRequest
    from ...models.course_creation_task_request import CourseCreationTaskRequest
    from ...models.custom_instruction_response import CustomInstructionResponse
    from ...models.custom_instruction_response_request import CustomInstructionResponseRequest
    from ...models.edx_course import EdxCourse
    from ...models.elevenlabs_custom_voice import ElevenlabsCustomVoice
    from ...models.elevenlabs_custom_voice_response import ElevenlabsCustomVoiceResponse
    from ...models.email_prompt_detail import EmailPromptDetail
    from ...models.email_prompt_list import EmailPromptList
    from ...models.email_prompt_summary import EmailPromptSummary
    from ...models.free_usage_count import FreeUsageCount
    from ...models.full_course import FullCourse
    from ...models.human_support_ticket import HumanSupportTicket
    from ...models.human_support_ticket_request import HumanSupportTicketRequest
    from ...models.job_run import JobRun
    from ...models.link_course_request import LinkCourseRequest
    from ...models.link_course_response import LinkCourseResponse
    from ...models.llm_model_for_tenant import LLMModelForTenant
    from ...models.llm_model_for_tenant_request import LLMModelForTenantRequest
    from ...models.llm_response import LLMResponse
    from ...models.mcp_server import MCPServer
    from ...models.mcp_server_request import MCPServerRequest
    from ...models.memory_component_memory_detail import MemoryComponentMemoryDetail
    from ...models.memory_component_response import MemoryComponentResponse
    from ...models.memory_progress import MemoryProgress
    from ...models.mentor import Mentor
    from ...models.mentor_audience import MentorAudience
    from ...models.mentor_audience_request import MentorAudienceRequest
    from ...models.mentor_category import MentorCategory
    from ...models.mentor_category_create_request import MentorCategoryCreateRequest
    from ...models.mentor_category_group import MentorCategoryGroup
    from ...models.mentor_category_group_create import MentorCategoryGroupCreate
    from ...models.mentor_category_group_create_request import MentorCategoryGroupCreateRequest
    from ...models.mentor_create import MentorCreate
    from ...models.mentor_create_request import MentorCreateRequest
    from ...models.mentor_custom_voice import MentorCustomVoice
    from ...models.mentor_custom_voice_response import MentorCustomVoiceResponse
    from ...models.mentor_eval import MentorEval
    from ...models.mentor_eval_report import MentorEvalReport
    from ...models.mentor_eval_request import MentorEvalRequest
    from ...models.mentor_fork import MentorFork
    from ...models.mentor_from_template_with_setting_request import (
        MentorFromTemplateWithSettingRequest,
    )
    from ...models.mentor_memory_settings_request import MentorMemorySettingsRequest
    from ...models.mentor_memory_settings_response import MentorMemorySettingsResponse
    from ...models.mentor_metadata import MentorMetadata
    from ...models.mentor_scenario import MentorScenario
    from ...models.mentor_settings import MentorSettings
    from ...models.mentor_settings_public import MentorSettingsPublic
    from ...models.mentor_settings_request import MentorSettingsRequest
    from ...models.mentor_wizard import MentorWizard
    from ...models.message_view import MessageView
    from ...models.message_view_request import MessageViewRequest
    from ...models.message_view_updat_response import MessageViewUpdatResponse
    from ...models.moderation_log import ModerationLog
    from ...models.no_chat_messages_found import NoChatMessagesFound
    from ...models.paginated_ai_generated_image_list import PaginatedAIGeneratedImageList
    from ...models.paginated_course_creation_task_file_list import (
        PaginatedCourseCreationTaskFileList,
    )
    from ...models.paginated_course_creation_task_list import PaginatedCourseCreationTaskList
    from ...models.paginated_edx_course_list import PaginatedEdxCourseList
    from ...models.paginated_email_prompt_list_list import PaginatedEmailPromptListList
    from ...models.paginated_human_support_ticket_list import PaginatedHumanSupportTicketList
    from ...models.paginated_job_run_list import PaginatedJobRunList
    from ...models.paginated_mcp_server_list import PaginatedMCPServerList
    from ...models.paginated_mentor_list import PaginatedMentorList
    from ...models.paginated_moderation_log_list import PaginatedModerationLogList
    from ...models.paginated_periodic_agent_list import PaginatedPeriodicAgentList
    from ...models.paginated_periodic_agent_log_list import PaginatedPeriodicAgentLogList
    from ...models.paginated_play_wright_script_list import PaginatedPlayWrightScriptList
    from ...models.paginated_section_list import PaginatedSectionList
    from ...models.paginated_sub_section_list import PaginatedSubSectionList
    from ...models.paginated_ticket_message_list import PaginatedTicketMessageList
    from ...models.paginated_unit_list import PaginatedUnitList
    from ...models.paginated_user_edx_memory_list import PaginatedUserEdxMemoryList
    from ...models.paginated_voice_list import PaginatedVoiceList
    from ...models.patched_call_configuration_request import PatchedCallConfigurationRequest
    from ...models.patched_course_creation_task_file_request import (
        PatchedCourseCreationTaskFileRequest,
    )
    from ...models.patched_human_support_ticket_request import PatchedHumanSupportTicketRequest
    from ...models.patched_mcp_server_request import PatchedMCPServerRequest
    from ...models.patched_mentor_category_group_create_request import (
        PatchedMentorCategoryGroupCreateRequest,
    )
    from ...models.patched_mentor_create_request import PatchedMentorCreateRequest
    from ...models.patched_periodic_agent_create_request import PatchedPeriodicAgentCreateRequest
    from ...models.patched_play_wright_script_request import PatchedPlayWrightScriptRequest
    from ...models.patched_section_request import PatchedSectionRequest
    from ...models.patched_sub_section_request import PatchedSubSectionRequest
    from ...models.patched_ticket_message_request import PatchedTicketMessageRequest
    from ...models.patched_unit_request import PatchedUnitRequest
    from ...models.periodic_agent import PeriodicAgent
    from ...models.periodic_agent_create import PeriodicAgentCreate
    from ...models.periodic_agent_create_request import PeriodicAgentCreateRequest
    from ...models.periodic_agent_log import PeriodicAgentLog
    from ...models.pinned_message_create import PinnedMessageCreate
    from ...models.pinned_message_get import PinnedMessageGet
    from ...models.pinned_message_request import PinnedMessageRequest
    from ...models.play_wright_script import PlayWrightScript
    from ...models.play_wright_script_request import PlayWrightScriptRequest
    from ...models.predictive_analytics_request import PredictiveAnalyticsRequest
    from ...models.predictive_analytics_response import PredictiveAnalyticsResponse
    from ...models.question_card_tag import QuestionCardTag
    from ...models.question_request import QuestionRequest
    from ...models.question_response import QuestionResponse
    from ...models.recently_accessed_mentor import RecentlyAccessedMentor
    from ...models.recommend_course_block import RecommendCourseBlock
    from ...models.recommend_course_response import RecommendCourseResponse
    from ...models.related_text import RelatedText
    from ...models.retrieve_task import RetrieveTask
    from ...models.run_mentor_eval import RunMentorEval
    from ...models.section import Section
    from ...models.section_request import SectionRequest
    from ...models.seed_mentors_view import SeedMentorsView
    from ...models.session_browser_screenshot import SessionBrowserScreenshot
    from ...models.session_detail import SessionDetail
    from ...models.session_memory_storage import SessionMemoryStorage
    from ...models.shareable_mentor_link import ShareableMentorLink
    from ...models.shareable_mentor_link_request import ShareableMentorLinkRequest
    from ...models.shell_logs import ShellLogs
    from ...models.spaced_repetition_learning_path import SpacedRepetitionLearningPath
    from ...models.spaced_repetition_question_stats import SpacedRepetitionQuestionStats
    from ...models.star_mentor import StarMentor
    from ...models.sub_section import SubSection
    from ...models.sub_section_request import SubSectionRequest
    from ...models.task_view import TaskView
    from ...models.template_mentor import TemplateMentor
    from ...models.ticket_message import TicketMessage
    from ...models.ticket_message_request import TicketMessageRequest
    from ...models.tool_response import ToolResponse
    from ...models.trigger_request import TriggerRequest
    from ...models.trigger_response import TriggerResponse
    from ...models.unit import Unit
    from ...models.unit_request import UnitRequest
    from ...models.user_chat_feedback import UserChatFeedback
    from ...models.user_chat_feedback_request import UserChatFeedbackRequest
    from ...models.user_edx_memory import UserEdxMemory
    from ...models.vector_result import VectorResult
    from ...models.voice import Voice
    from ...models.web_resource import WebResource
    from ...models.web_resources_query import WebResourcesQuery
    from ...types import UNSET, Unset


class AsyncAiMentorApi:
    """The ``ai_mentor`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ai_mentor_orgs_all_triggers_retrieve(
        self,
        org: str,
    ) -> Any:
        """List all triggers for an organization.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.

        Returns:
        Response: A list of trigger slugs for the organization.

        Raises:
        BadRequest: If the request is invalid.

        ``GET /api/ai-mentor/orgs/{org}/all-triggers/`` (operation ``ai_mentor_orgs_all_triggers_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_all_triggers_retrieve import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def ai_mentor_orgs_all_triggers_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_all_triggers_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_all_triggers_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def ai_mentor_orgs_mentors_email_inbox_summary_retrieve(
        self,
        org: str,
        mentor: str,
    ) -> EmailPromptSummary:
        """Retrieve a summary of a mentor's email inbox.

        Args:
        request: The HTTP request.
        mentor: The unique identifier of the mentor.

        Returns:
        Response: A summary of the mentor's email inbox statistics.

        Raises:
        NotFound: If the specified mentor does not exist.

        ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox-summary/`` (operation ``ai_mentor_orgs_mentors_email_inbox_summary_retrieve``)

        Args:
            org (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            EmailPromptSummary
        """

        from .ai_mentor_orgs_mentors_email_inbox_summary_retrieve import asyncio

        return await asyncio(
            org,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_mentors_email_inbox_summary_retrieve_detailed(
        self,
        org: str,
        mentor: str,
    ) -> Response[EmailPromptSummary]:
        """Like `ai_mentor_orgs_mentors_email_inbox_summary_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_mentors_email_inbox_summary_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_mentors_email_inbox_list(
        self,
        org: str,
        mentor: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedEmailPromptListList:
        """Retrieve a list of emails in a mentor's inbox.

        The list can be filtered using the 'search' query parameter to search for specific terms in the
        email content or subject.

        Args:
        mentor: The unique identifier of the mentor.

        Returns:
        Response: A paginated list of emails in the mentor's inbox.

        Raises:
        NotFound: If the specified mentor does not exist.

        ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/`` (operation ``ai_mentor_orgs_mentors_email_inbox_list``)

        Args:
            org (str):
            mentor (str):
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            search (str | Unset): Search term to filter emails by content or subject

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedEmailPromptListList
        """

        from .ai_mentor_orgs_mentors_email_inbox_list import asyncio

        return await asyncio(
            org,
            mentor,
            page=page,
            page_size=page_size,
            search=search,
            client=self._client,
        )

    async def ai_mentor_orgs_mentors_email_inbox_list_detailed(
        self,
        org: str,
        mentor: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedEmailPromptListList]:
        """Like `ai_mentor_orgs_mentors_email_inbox_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_mentors_email_inbox_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            mentor,
            page=page,
            page_size=page_size,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_mentors_email_inbox_list_iter(
        self,
        org: str,
        mentor: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[EmailPromptList]:
        """Every `EmailPromptList` of `ai_mentor_orgs_mentors_email_inbox_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_mentors_email_inbox_list import asyncio

        return paginate(
            asyncio,
            org,
            mentor,
            page=page,
            page_size=page_size,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_mentors_email_inbox_retrieve(
        self,
        org: str,
        mentor: str,
        email_prompt_id: int,
    ) -> EmailPromptDetail:
        """Retrieve details of a specific email in a mentor's inbox.

        Args:
        request: The HTTP request.
        email_prompt_id: The ID of the email to retrieve.

        Returns:
        Response: The detailed information about the email.

        Raises:
        NotFound: If the specified email does not exist.

        ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/{email_prompt_id}/`` (operation ``ai_mentor_orgs_mentors_email_inbox_retrieve``)

        Args:
            org (str):
            mentor (str):
            email_prompt_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            EmailPromptDetail
        """

        from .ai_mentor_orgs_mentors_email_inbox_retrieve import asyncio

        return await asyncio(
            org,
            mentor,
            email_prompt_id,
            client=self._client,
        )

    async def ai_mentor_orgs_mentors_email_inbox_retrieve_detailed(
        self,
        org: str,
        mentor: str,
        email_prompt_id: int,
    ) -> Response[EmailPromptDetail]:
        """Like `ai_mentor_orgs_mentors_email_inbox_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_mentors_email_inbox_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            mentor,
            email_prompt_id,
            client=self._client,
        )

    async def ai_mentor_orgs_mentors_link_course_retrieve(
        self,
        org: str,
        mentor: str,
    ) -> LinkCourseResponse:
        """API endpoint to link mentor with a course and enable guided mode.

        Permissions:
        - Accessible to tenant admins.

        ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/`` (operation ``ai_mentor_orgs_mentors_link_course_retrieve``)

        Args:
            org (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LinkCourseResponse
        """

        from .ai_mentor_orgs_mentors_link_course_retrieve import asyncio

        return await asyncio(
            org,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_mentors_link_course_retrieve_detailed(
        self,
        org: str,
        mentor: str,
    ) -> Response[LinkCourseResponse]:
        """Like `ai_mentor_orgs_mentors_link_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_mentors_link_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_mentors_link_course_create(
        self,
        org: str,
        mentor: str,
        *,
        body: LinkCourseRequest,
    ) -> LinkCourseResponse:
        """API endpoint to link mentor with a course and enable guided mode.

        Permissions:
        - Accessible to tenant admins.

        ``POST /api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/`` (operation ``ai_mentor_orgs_mentors_link_course_create``)

        Args:
            org (str):
            mentor (str):
            body (LinkCourseRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LinkCourseResponse
        """

        from .ai_mentor_orgs_mentors_link_course_create import asyncio

        return await asyncio(
            org,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_mentors_link_course_create_detailed(
        self,
        org: str,
        mentor: str,
        *,
        body: LinkCourseRequest,
    ) -> Response[LinkCourseResponse]:
        """Like `ai_mentor_orgs_mentors_link_course_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_mentors_link_course_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_metadata_create(
        self,
        org: str,
        *,
        body: MentorMetadata,
    ) -> MentorMetadata:
        """Create or update metadata for a mentor.

        Args:
        request: The HTTP request containing the metadata.
        org: The organization/tenant identifier.

        Returns:
        Response: The created or updated mentor metadata.

        Raises:
        BadRequest: If the provided data is invalid.

        ``POST /api/ai-mentor/orgs/{org}/metadata/`` (operation ``ai_mentor_orgs_metadata_create``)

        Args:
            org (str):
            body (MentorMetadata):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorMetadata
        """

        from .ai_mentor_orgs_metadata_create import asyncio

        return await asyncio(
            org,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_metadata_create_detailed(
        self,
        org: str,
        *,
        body: MentorMetadata,
    ) -> Response[MentorMetadata]:
        """Like `ai_mentor_orgs_metadata_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_metadata_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_quiz_customizer_retrieve(
        self,
        org: str,
    ) -> Any:
        """Retrieve existing questions.

        Args:
        request: The HTTP request.

        Returns:
        Response: The existing questions.

        ``GET /api/ai-mentor/orgs/{org}/quiz-customizer/`` (operation ``ai_mentor_orgs_quiz_customizer_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_quiz_customizer_retrieve import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def ai_mentor_orgs_quiz_customizer_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_quiz_customizer_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_quiz_customizer_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def ai_mentor_orgs_quiz_customizer_create(
        self,
        org: str,
        *,
        body: QuestionRequest,
    ) -> QuestionResponse:
        """Generate follow-up questions based on initial questions.

        Args:
        request: The HTTP request containing the initial questions.

        Returns:
        Response: The generated follow-up questions.

        Raises:
        BadRequest: If the provided data is invalid.

        ``POST /api/ai-mentor/orgs/{org}/quiz-customizer/`` (operation ``ai_mentor_orgs_quiz_customizer_create``)

        Args:
            org (str):
            body (QuestionRequest): Serializer for incoming request data that includes initial
                questions and the username.

                Attributes:
                username (str): Username of the requesting student or user.
                initial_questions (list[InputQuestionSerializer]): List of initial questions provided by
                the LMS.
                question_count (int): Number of questions the mentor (llm) should generate

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            QuestionResponse
        """

        from .ai_mentor_orgs_quiz_customizer_create import asyncio

        return await asyncio(
            org,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_quiz_customizer_create_detailed(
        self,
        org: str,
        *,
        body: QuestionRequest,
    ) -> Response[QuestionResponse]:
        """Like `ai_mentor_orgs_quiz_customizer_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_quiz_customizer_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_sessions_create(
        self,
        org: str,
        *,
        body: ChatSessionRequest,
    ) -> ChatSessionResponse:
        """Retrieve or create a chat session with a mentor.

        Passing `null` as `tools` results in using all tools assigned to the mentor. To specify that no
        tools be used, pass an empty list.

        Args:
        request: HTTP request containing mentor details.
        org: Organization key identifier.
        user_id (optional): Username for authentication (if required by the mentor).

        Returns:
        Response: JSON object containing the session ID.

        Raises:
        Http404: If the mentor is not found.
        ValidationError: If the username is invalid.
        ValidationError: If one or more tool slugs are invalid.

        ``POST /api/ai-mentor/orgs/{org}/sessions/`` (operation ``ai_mentor_orgs_sessions_create``)

        Args:
            org (str):
            body (ChatSessionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ChatSessionResponse
        """

        from .ai_mentor_orgs_sessions_create import asyncio

        return await asyncio(
            org,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_sessions_create_detailed(
        self,
        org: str,
        *,
        body: ChatSessionRequest,
    ) -> Response[ChatSessionResponse]:
        """Like `ai_mentor_orgs_sessions_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_sessions_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_trigger_templates_retrieve(
        self,
        org: str,
    ) -> Any:
        """Retrieve available trigger templates.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.

        Returns:
        Response: A dictionary of available trigger templates and their required parameters.

        Raises:
        BadRequest: If the request is invalid.

        ``GET /api/ai-mentor/orgs/{org}/trigger-templates/`` (operation ``ai_mentor_orgs_trigger_templates_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_trigger_templates_retrieve import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def ai_mentor_orgs_trigger_templates_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_trigger_templates_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_trigger_templates_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def ai_mentor_orgs_trigger_create(
        self,
        org: str,
        *,
        body: TriggerRequest,
    ) -> TriggerResponse:
        """Create or modify a trigger.

        Args:
        request: The HTTP request containing the trigger data.
        org: The organization/tenant identifier.

        Returns:
        Response: The created or updated trigger details.

        Raises:
        BadRequest: If the provided data is invalid or missing required parameters.

        ``POST /api/ai-mentor/orgs/{org}/trigger/`` (operation ``ai_mentor_orgs_trigger_create``)

        Args:
            org (str):
            body (TriggerRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TriggerResponse
        """

        from .ai_mentor_orgs_trigger_create import asyncio

        return await asyncio(
            org,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_trigger_create_detailed(
        self,
        org: str,
        *,
        body: TriggerRequest,
    ) -> Response[TriggerResponse]:
        """Like `ai_mentor_orgs_trigger_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_trigger_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_trigger_retrieve(
        self,
        org: str,
        slug: str,
    ) -> TriggerResponse:
        """Retrieve details of a specific trigger.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        slug: The unique slug identifier of the trigger.

        Returns:
        Response: The details of the specified trigger.

        Raises:
        Http404: If the specified trigger does not exist.

        ``GET /api/ai-mentor/orgs/{org}/trigger/{slug}/`` (operation ``ai_mentor_orgs_trigger_retrieve``)

        Args:
            org (str):
            slug (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TriggerResponse
        """

        from .ai_mentor_orgs_trigger_retrieve import asyncio

        return await asyncio(
            org,
            slug,
            client=self._client,
        )

    async def ai_mentor_orgs_trigger_retrieve_detailed(
        self,
        org: str,
        slug: str,
    ) -> Response[TriggerResponse]:
        """Like `ai_mentor_orgs_trigger_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_trigger_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            slug,
            client=self._client,
        )

    async def ai_mentor_orgs_trigger_deletion_create(
        self,
        org: str,
        slug: str,
    ) -> Any:
        """Delete a specific trigger.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        slug: The unique slug identifier of the trigger to delete.

        Returns:
        Response: A confirmation of the deletion status.

        Raises:
        BadRequest: If the specified trigger does not exist.

        ``POST /api/ai-mentor/orgs/{org}/trigger/{slug}/deletion/`` (operation ``ai_mentor_orgs_trigger_deletion_create``)

        Args:
            org (str):
            slug (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_trigger_deletion_create import asyncio

        return await asyncio(
            org,
            slug,
            client=self._client,
        )

    async def ai_mentor_orgs_trigger_deletion_create_detailed(
        self,
        org: str,
        slug: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_trigger_deletion_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_trigger_deletion_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            slug,
            client=self._client,
        )

    async def ai_mentor_orgs_users_list(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> PaginatedMentorList:
        """Retrieve a list of mentors.

        Returns:
        - List of mentors matching the filters.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/`` (operation ``ai_mentor_orgs_users_list``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset): Department to filter by
            filter_by (str | Unset): Filter options include, date, name, default is date
            metadata_key (str | Unset): Metadata key to be queried with
            metadata_value (str | Unset): Metadata value to be filter for
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            return_session_information (bool | Unset): Declares if session information should be
                included in the mentor data
            visibility (str | Unset): visibility type

                to be queried with

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedMentorList
        """

        from .ai_mentor_orgs_users_list import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            page=page,
            page_size=page_size,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    async def ai_mentor_orgs_users_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[PaginatedMentorList]:
        """Like `ai_mentor_orgs_users_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            page=page,
            page_size=page_size,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Mentor]:
        """Every `Mentor` of `ai_mentor_orgs_users_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            page=page,
            page_size=page_size,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCreateRequest,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Mentor:
        """Create a new mentor. Body Parameters:
        - name: Mentor name.
        - unique_id: Unique identifier.
        - platform_key: Associated platform.
        - metadata: Additional mentor attributes.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/`` (operation ``ai_mentor_orgs_users_create``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset): Department to filter by
            filter_by (str | Unset): Filter options include, date, name, default is date
            metadata_key (str | Unset): Metadata key to be queried with
            metadata_value (str | Unset): Metadata value to be filter for
            return_session_information (bool | Unset): Declares if session information should be
                included in the mentor data
            visibility (str | Unset): visibility type

                to be queried with
            body (MentorCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Mentor
        """

        from .ai_mentor_orgs_users_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    async def ai_mentor_orgs_users_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCreateRequest,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Mentor]:
        """Like `ai_mentor_orgs_users_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    async def ai_mentor_orgs_users_ai_generated_images_list(
        self,
        org: str,
        user_id: str,
        *,
        model: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedAIGeneratedImageList:
        """Endpoint to view and delete AI generated images for a user.

        AI Generated images are images generated during chat with AI. They are cached to allow retrieval
        and deletion.

        optional filtering parameters allowed are - username: The username of the user for which this
        image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim),
        replicate. - model: the text to image model on the provider used to generate the image.

        This endpoint is accessible to both students and platform admins.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/`` (operation ``ai_mentor_orgs_users_ai_generated_images_list``)

        Args:
            org (str):
            user_id (str):
            model (str | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            provider (str | Unset):
            search (str | Unset): A search term.
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedAIGeneratedImageList
        """

        from .ai_mentor_orgs_users_ai_generated_images_list import asyncio

        return await asyncio(
            org,
            user_id,
            model=model,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            username=username,
            client=self._client,
        )

    async def ai_mentor_orgs_users_ai_generated_images_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        model: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedAIGeneratedImageList]:
        """Like `ai_mentor_orgs_users_ai_generated_images_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_ai_generated_images_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            model=model,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_generated_images_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        model: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[AIGeneratedImage]:
        """Every `AIGeneratedImage` of `ai_mentor_orgs_users_ai_generated_images_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_ai_generated_images_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            model=model,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_ai_generated_images_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> AIGeneratedImage:
        """Endpoint to view and delete AI generated images for a user.

        AI Generated images are images generated during chat with AI. They are cached to allow retrieval
        and deletion.

        optional filtering parameters allowed are - username: The username of the user for which this
        image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim),
        replicate. - model: the text to image model on the provider used to generate the image.

        This endpoint is accessible to both students and platform admins.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/{id}/`` (operation ``ai_mentor_orgs_users_ai_generated_images_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this ai generated image.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AIGeneratedImage
        """

        from .ai_mentor_orgs_users_ai_generated_images_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_ai_generated_images_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[AIGeneratedImage]:
        """Like `ai_mentor_orgs_users_ai_generated_images_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_ai_generated_images_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_ai_generated_images_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Endpoint to view and delete AI generated images for a user.

        AI Generated images are images generated during chat with AI. They are cached to allow retrieval
        and deletion.

        optional filtering parameters allowed are - username: The username of the user for which this
        image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim),
        replicate. - model: the text to image model on the provider used to generate the image.

        This endpoint is accessible to both students and platform admins.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/{id}/`` (operation ``ai_mentor_orgs_users_ai_generated_images_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this ai generated image.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_ai_generated_images_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_ai_generated_images_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_ai_generated_images_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_ai_generated_images_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_ai_user_profile_memory_list(
        self,
        org: str,
        user_id: str,
    ) -> list[AIUserProfileMemoryRelation]:
        """Endpoint to get a list of AI user profile memory entries or to add an entry.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-user-profile-memory/`` (operation ``ai_mentor_orgs_users_ai_user_profile_memory_list``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[AIUserProfileMemoryRelation]
        """

        from .ai_mentor_orgs_users_ai_user_profile_memory_list import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_ai_user_profile_memory_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[AIUserProfileMemoryRelation]]:
        """Like `ai_mentor_orgs_users_ai_user_profile_memory_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_ai_user_profile_memory_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_ai_user_profile_memory_create(
        self,
        org: str,
        user_id: str,
        *,
        body: AIUserProfileRequest,
    ) -> AIUserProfileMemoryRelation:
        """Endpoint to create an AI user profile memory entry.

        Sample request: ``` {"favorite-animal": "my favorite animal is cat"} ``` Sample Response (the
        same as request data): ``` {"favorite-animal": "my favorite animal is cat"} ```

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/ai-user-profile-memory/`` (operation ``ai_mentor_orgs_users_ai_user_profile_memory_create``)

        Args:
            org (str):
            user_id (str):
            body (AIUserProfileRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AIUserProfileMemoryRelation
        """

        from .ai_mentor_orgs_users_ai_user_profile_memory_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_ai_user_profile_memory_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: AIUserProfileRequest,
    ) -> Response[AIUserProfileMemoryRelation]:
        """Like `ai_mentor_orgs_users_ai_user_profile_memory_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_ai_user_profile_memory_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_ai_user_profile_memory_destroy(
        self,
        org: str,
        user_id: str,
        tag: str,
    ) -> Any:
        """The endpoint to delete an AI user profile memory entry.

        No query parameters or JSON parameters are required.

        The response is always empty. Successful request will be responded with status 204, and failed
        request will be responded with status 404.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/ai-user-profile-memory/{tag}/`` (operation ``ai_mentor_orgs_users_ai_user_profile_memory_destroy``)

        Args:
            org (str):
            user_id (str):
            tag (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_ai_user_profile_memory_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            tag,
            client=self._client,
        )

    async def ai_mentor_orgs_users_ai_user_profile_memory_destroy_detailed(
        self,
        org: str,
        user_id: str,
        tag: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_ai_user_profile_memory_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_ai_user_profile_memory_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            tag,
            client=self._client,
        )

    async def ai_mentor_orgs_users_assumed_knowledge_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> AssumedKnowledge:
        """Retrieve assumed knowledge levels.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to retrieve assumed knowledge for.

        Returns:
        Response: The assumed knowledge levels for different categories.

        Raises:
        NotFound: If no assumed knowledge exists for the user.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/assumed-knowledge/`` (operation ``ai_mentor_orgs_users_assumed_knowledge_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AssumedKnowledge
        """

        from .ai_mentor_orgs_users_assumed_knowledge_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_assumed_knowledge_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[AssumedKnowledge]:
        """Like `ai_mentor_orgs_users_assumed_knowledge_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_assumed_knowledge_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_assumed_knowledge_create(
        self,
        org: str,
        user_id: str,
        *,
        body: AssumedKnowledge,
    ) -> AssumedKnowledge:
        """Update assumed knowledge levels.

        Args:
        request: The HTTP request containing the updated knowledge levels.
        org: The organization/tenant identifier.
        user_id: The ID of the user to update assumed knowledge for.

        Returns:
        Response: The updated assumed knowledge levels.

        Raises:
        BadRequest: If the provided data is invalid.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/assumed-knowledge/`` (operation ``ai_mentor_orgs_users_assumed_knowledge_create``)

        Args:
            org (str):
            user_id (str):
            body (AssumedKnowledge):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AssumedKnowledge
        """

        from .ai_mentor_orgs_users_assumed_knowledge_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_assumed_knowledge_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: AssumedKnowledge,
    ) -> Response[AssumedKnowledge]:
        """Like `ai_mentor_orgs_users_assumed_knowledge_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_assumed_knowledge_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_audio_to_text_create(
        self,
        org: str,
        user_id: str,
        *,
        body: AudioToTextRequest,
    ) -> AudioToTextResponse:
        """Convert an uploaded audio file to text.

        Args:
        request: The HTTP request containing the audio file.
        org: The organization/tenant identifier.
        user_id: The ID of the user uploading the audio.

        Returns:
        Response: The transcribed text from the audio file.

        Raises:
        BadRequest: If the audio file is invalid or cannot be processed.
        NotFound: If the API key for the tenant is not found.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/audio-to-text/`` (operation ``ai_mentor_orgs_users_audio_to_text_create``)

        Args:
            org (str):
            user_id (str):
            body (AudioToTextRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AudioToTextResponse
        """

        from .ai_mentor_orgs_users_audio_to_text_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_audio_to_text_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: AudioToTextRequest,
    ) -> Response[AudioToTextResponse]:
        """Like `ai_mentor_orgs_users_audio_to_text_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_audio_to_text_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_available_template_mentors_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> TemplateMentor:
        """This endpoint list available template mentors for a tenant

        Returns:
        200 : List of Tool objects

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/available-template-mentors/`` (operation ``ai_mentor_orgs_users_available_template_mentors_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TemplateMentor
        """

        from .ai_mentor_orgs_users_available_template_mentors_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_available_template_mentors_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[TemplateMentor]:
        """Like `ai_mentor_orgs_users_available_template_mentors_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_available_template_mentors_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_call_configurations_list(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        mode: AiMentorOrgsUsersCallConfigurationsListMode | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> list[CallConfiguration]:
        """API ViewSet for managing call configurations.

        This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors.
        Call configurations define how voice calls are handled for a mentor.

        Permissions:
        - Accessible only to platform admins.

        Endpoints:
        GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - List all call configurations for a specific mentor
        - Returns paginated list of call configurations
        POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor
        - Requires call configuration data in request body
        PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/
        - Update an existing call configuration
        - Requires call configuration data in request body

        Query Parameters:
        - mentor: Filter configurations by mentor ID

        Returns:
        - CallConfigurationSerializer data

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/`` (operation ``ai_mentor_orgs_users_call_configurations_list``)

        Args:
            org (str):
            user_id (str):
            mentor (int | Unset):
            mode (AiMentorOrgsUsersCallConfigurationsListMode | Unset): * `realtime` - Realtime
                * `inference` - Inference
            ordering (str | Unset): Which field to use when ordering the results.
            search (str | Unset): A search term.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[CallConfiguration]
        """

        from .ai_mentor_orgs_users_call_configurations_list import asyncio

        return await asyncio(
            org,
            user_id,
            mentor=mentor,
            mode=mode,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    async def ai_mentor_orgs_users_call_configurations_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        mode: AiMentorOrgsUsersCallConfigurationsListMode | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[list[CallConfiguration]]:
        """Like `ai_mentor_orgs_users_call_configurations_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_call_configurations_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor=mentor,
            mode=mode,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    async def ai_mentor_orgs_users_call_configurations_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CallConfigurationRequest,
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.

        This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors.
        Call configurations define how voice calls are handled for a mentor.

        Permissions:
        - Accessible only to platform admins.

        Endpoints:
        GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - List all call configurations for a specific mentor
        - Returns paginated list of call configurations
        POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor
        - Requires call configuration data in request body
        PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/
        - Update an existing call configuration
        - Requires call configuration data in request body

        Query Parameters:
        - mentor: Filter configurations by mentor ID

        Returns:
        - CallConfigurationSerializer data

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/`` (operation ``ai_mentor_orgs_users_call_configurations_create``)

        Args:
            org (str):
            user_id (str):
            body (CallConfigurationRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CallConfiguration
        """

        from .ai_mentor_orgs_users_call_configurations_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_call_configurations_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CallConfigurationRequest,
    ) -> Response[CallConfiguration]:
        """Like `ai_mentor_orgs_users_call_configurations_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_call_configurations_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_call_configurations_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.

        This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors.
        Call configurations define how voice calls are handled for a mentor.

        Permissions:
        - Accessible only to platform admins.

        Endpoints:
        GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - List all call configurations for a specific mentor
        - Returns paginated list of call configurations
        POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor
        - Requires call configuration data in request body
        PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/
        - Update an existing call configuration
        - Requires call configuration data in request body

        Query Parameters:
        - mentor: Filter configurations by mentor ID

        Returns:
        - CallConfigurationSerializer data

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/`` (operation ``ai_mentor_orgs_users_call_configurations_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this call configuration.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CallConfiguration
        """

        from .ai_mentor_orgs_users_call_configurations_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_call_configurations_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CallConfiguration]:
        """Like `ai_mentor_orgs_users_call_configurations_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_call_configurations_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_call_configurations_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CallConfigurationRequest,
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.

        This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors.
        Call configurations define how voice calls are handled for a mentor.

        Permissions:
        - Accessible only to platform admins.

        Endpoints:
        GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - List all call configurations for a specific mentor
        - Returns paginated list of call configurations
        POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor
        - Requires call configuration data in request body
        PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/
        - Update an existing call configuration
        - Requires call configuration data in request body

        Query Parameters:
        - mentor: Filter configurations by mentor ID

        Returns:
        - CallConfigurationSerializer data

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/`` (operation ``ai_mentor_orgs_users_call_configurations_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this call configuration.
            body (CallConfigurationRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CallConfiguration
        """

        from .ai_mentor_orgs_users_call_configurations_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_call_configurations_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CallConfigurationRequest,
    ) -> Response[CallConfiguration]:
        """Like `ai_mentor_orgs_users_call_configurations_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_call_configurations_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_call_configurations_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCallConfigurationRequest | Unset = UNSET,
    ) -> CallConfiguration:
        """API ViewSet for managing call configurations.

        This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors.
        Call configurations define how voice calls are handled for a mentor.

        Permissions:
        - Accessible only to platform admins.

        Endpoints:
        GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - List all call configurations for a specific mentor
        - Returns paginated list of call configurations
        POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
        - Create a new call configuration for a mentor
        - Requires call configuration data in request body
        PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/
        - Update an existing call configuration
        - Requires call configuration data in request body

        Query Parameters:
        - mentor: Filter configurations by mentor ID

        Returns:
        - CallConfigurationSerializer data

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/`` (operation ``ai_mentor_orgs_users_call_configurations_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this call configuration.
            body (PatchedCallConfigurationRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CallConfiguration
        """

        from .ai_mentor_orgs_users_call_configurations_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_call_configurations_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCallConfigurationRequest | Unset = UNSET,
    ) -> Response[CallConfiguration]:
        """Like `ai_mentor_orgs_users_call_configurations_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_call_configurations_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_list(
        self,
        org: str,
        user_id: str,
        *,
        audience: int | Unset = UNSET,
        audience_name: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> list[MentorCategoryGroup]:
        """Retrieve a list of Mentor Category Groups.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/`` (operation ``ai_mentor_orgs_users_category_groups_list``)

        Args:
            org (str):
            user_id (str):
            audience (int | Unset):
            audience_name (str | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            search (str | Unset): A search term.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[MentorCategoryGroup]
        """

        from .ai_mentor_orgs_users_category_groups_list import asyncio

        return await asyncio(
            org,
            user_id,
            audience=audience,
            audience_name=audience_name,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        audience: int | Unset = UNSET,
        audience_name: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[list[MentorCategoryGroup]]:
        """Like `ai_mentor_orgs_users_category_groups_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_category_groups_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            audience=audience,
            audience_name=audience_name,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCategoryGroupCreateRequest,
    ) -> MentorCategoryGroup:
        """Create a new Mentor Category Group. Only accessible to Platform Admins.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/`` (operation ``ai_mentor_orgs_users_category_groups_create``)

        Args:
            org (str):
            user_id (str):
            body (MentorCategoryGroupCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorCategoryGroup
        """

        from .ai_mentor_orgs_users_category_groups_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCategoryGroupCreateRequest,
    ) -> Response[MentorCategoryGroup]:
        """Like `ai_mentor_orgs_users_category_groups_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_category_groups_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> MentorCategoryGroup:
        """Mentor Category Groups offer parent grouping for mentor category objects.

        The parameter `audience` is deprecated and is currently left behind for backward compatibility.

        Permissions:
        GET: Accessible to both Platform Admins and Students
        POST, DELETE, PATCH, PUT: Accessible to only Platform Admins

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/{id}/`` (operation ``ai_mentor_orgs_users_category_groups_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this mentor category group.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorCategoryGroup
        """

        from .ai_mentor_orgs_users_category_groups_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[MentorCategoryGroup]:
        """Like `ai_mentor_orgs_users_category_groups_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_category_groups_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MentorCategoryGroupCreateRequest,
    ) -> MentorCategoryGroupCreate:
        """Mentor Category Groups offer parent grouping for mentor category objects.

        The parameter `audience` is deprecated and is currently left behind for backward compatibility.

        Permissions:
        GET: Accessible to both Platform Admins and Students
        POST, DELETE, PATCH, PUT: Accessible to only Platform Admins

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/{id}/`` (operation ``ai_mentor_orgs_users_category_groups_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this mentor category group.
            body (MentorCategoryGroupCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorCategoryGroupCreate
        """

        from .ai_mentor_orgs_users_category_groups_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MentorCategoryGroupCreateRequest,
    ) -> Response[MentorCategoryGroupCreate]:
        """Like `ai_mentor_orgs_users_category_groups_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_category_groups_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Mentor Category Groups offer parent grouping for mentor category objects.

        The parameter `audience` is deprecated and is currently left behind for backward compatibility.

        Permissions:
        GET: Accessible to both Platform Admins and Students
        POST, DELETE, PATCH, PUT: Accessible to only Platform Admins

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/{id}/`` (operation ``ai_mentor_orgs_users_category_groups_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this mentor category group.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_category_groups_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_category_groups_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_category_groups_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMentorCategoryGroupCreateRequest | Unset = UNSET,
    ) -> MentorCategoryGroupCreate:
        """Mentor Category Groups offer parent grouping for mentor category objects.

        The parameter `audience` is deprecated and is currently left behind for backward compatibility.

        Permissions:
        GET: Accessible to both Platform Admins and Students
        POST, DELETE, PATCH, PUT: Accessible to only Platform Admins

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/{id}/`` (operation ``ai_mentor_orgs_users_category_groups_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this mentor category group.
            body (PatchedMentorCategoryGroupCreateRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorCategoryGroupCreate
        """

        from .ai_mentor_orgs_users_category_groups_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_category_groups_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMentorCategoryGroupCreateRequest | Unset = UNSET,
    ) -> Response[MentorCategoryGroupCreate]:
        """Like `ai_mentor_orgs_users_category_groups_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_category_groups_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_clean_vector_results_list(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> list[VectorResult]:
        """Retrieve and clean up vector results from a specific session.

        This endpoint retrieves the documents last used by the mentor to answer the most recent query
        from the user in the specified session, and cleans them to remove any inappropriate content.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        session_id: The ID of the session to retrieve vector results from.

        Returns:
        Response: The cleaned vector results.

        Raises:
        BadRequest: If the API key for the cleaning provider is not found.
        NotFound: If no vector results are found for the session.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/`` (operation ``ai_mentor_orgs_users_clean_vector_results_list``)

        Args:
            org (str):
            user_id (str):
            session_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[VectorResult]
        """

        from .ai_mentor_orgs_users_clean_vector_results_list import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_clean_vector_results_list_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[list[VectorResult]]:
        """Like `ai_mentor_orgs_users_clean_vector_results_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_clean_vector_results_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_clean_vector_results_create(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: list[VectorResult],
    ) -> list[VectorResult]:
        """Clean up provided vector results.

        This endpoint allows users to submit specific vector results for cleaning, which is useful when
        there are particular documents that need to be processed.

        Args:
        request: The HTTP request containing the vector results to clean.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.

        Returns:
        Response: The cleaned vector results.

        Raises:
        BadRequest: If the API key for the cleaning provider is not found or the provided data is
        invalid.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/`` (operation ``ai_mentor_orgs_users_clean_vector_results_create``)

        Args:
            org (str):
            user_id (str):
            session_id (str):
            body (list[VectorResult]):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[VectorResult]
        """

        from .ai_mentor_orgs_users_clean_vector_results_create import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_clean_vector_results_create_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: list[VectorResult],
    ) -> Response[list[VectorResult]]:
        """Like `ai_mentor_orgs_users_clean_vector_results_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_clean_vector_results_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_clear_chathistory_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Delete User Chat History

        Endpoint to clear a user's chat history.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/clear-chathistory`` (operation ``ai_mentor_orgs_users_clear_chathistory_destroy``)

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

        from .ai_mentor_orgs_users_clear_chathistory_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_clear_chathistory_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_clear_chathistory_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_clear_chathistory_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_task_files_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedCourseCreationTaskFileList:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/`` (operation ``ai_mentor_orgs_users_course_creation_task_files_list``)

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
            PaginatedCourseCreationTaskFileList
        """

        from .ai_mentor_orgs_users_course_creation_task_files_list import asyncio

        return await asyncio(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_task_files_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedCourseCreationTaskFileList]:
        """Like `ai_mentor_orgs_users_course_creation_task_files_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_task_files_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseCreationTaskFile]:
        """Every `CourseCreationTaskFile` of `ai_mentor_orgs_users_course_creation_task_files_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_task_files_list import asyncio

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

    async def ai_mentor_orgs_users_course_creation_task_files_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/`` (operation ``ai_mentor_orgs_users_course_creation_task_files_create``)

        Args:
            org (str):
            user_id (str):
            body (CourseCreationTaskFileRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTaskFile
        """

        from .ai_mentor_orgs_users_course_creation_task_files_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_task_files_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> Response[CourseCreationTaskFile]:
        """Like `ai_mentor_orgs_users_course_creation_task_files_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_task_files_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_task_files_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_task_files_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task file.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTaskFile
        """

        from .ai_mentor_orgs_users_course_creation_task_files_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_task_files_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTaskFile]:
        """Like `ai_mentor_orgs_users_course_creation_task_files_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_task_files_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_task_files_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_task_files_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task file.
            body (CourseCreationTaskFileRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTaskFile
        """

        from .ai_mentor_orgs_users_course_creation_task_files_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_task_files_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> Response[CourseCreationTaskFile]:
        """Like `ai_mentor_orgs_users_course_creation_task_files_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_task_files_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_task_files_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_task_files_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task file.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_task_files_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_task_files_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_task_files_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_task_files_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_task_files_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_task_files_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task file.
            body (PatchedCourseCreationTaskFileRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTaskFile
        """

        from .ai_mentor_orgs_users_course_creation_task_files_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_task_files_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
    ) -> Response[CourseCreationTaskFile]:
        """Like `ai_mentor_orgs_users_course_creation_task_files_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_task_files_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedCourseCreationTaskList:
        """Create, retrieve and delete course creation tasks

        Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
        connected to this data manager.

        The course is created entirely by an ai model (as specified in your inputs).

        The llm decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.

        Clear and unambiguous parameters are more likely to produce better results.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_list``)

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
            PaginatedCourseCreationTaskList
        """

        from .ai_mentor_orgs_users_course_creation_tasks_list import asyncio

        return await asyncio(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedCourseCreationTaskList]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseCreationTask]:
        """Every `CourseCreationTask` of `ai_mentor_orgs_users_course_creation_tasks_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_tasks_list import asyncio

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

    async def ai_mentor_orgs_users_course_creation_tasks_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskRequest,
    ) -> CourseCreationTask:
        """Create, retrieve and delete course creation tasks

        Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
        connected to this data manager.

        The course is created entirely by an ai model (as specified in your inputs).

        The llm decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.

        Clear and unambiguous parameters are more likely to produce better results.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_create``)

        Args:
            org (str):
            user_id (str):
            body (CourseCreationTaskRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTask
        """

        from .ai_mentor_orgs_users_course_creation_tasks_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskRequest,
    ) -> Response[CourseCreationTask]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """Create, retrieve and delete course creation tasks

        Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
        connected to this data manager.

        The course is created entirely by an ai model (as specified in your inputs).

        The llm decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.

        Clear and unambiguous parameters are more likely to produce better results.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTask
        """

        from .ai_mentor_orgs_users_course_creation_tasks_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Create, retrieve and delete course creation tasks

        Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
        connected to this data manager.

        The course is created entirely by an ai model (as specified in your inputs).

        The llm decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.

        Clear and unambiguous parameters are more likely to produce better results.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_tasks_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """Cancel a course creation task run. ** Conditions Required **: The task must be running or
        pending. ** Response **: - 200: The course creation task is successfully cancelled. - 400: The
        course creation task is not in a running or pending state.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/cancel/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTask
        """

        from .ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> FullCourse:
        """This is intended for stepwise approach of course creation.

        Use this to intiate generating an outline of the course.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/create-course-outline/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            FullCourse
        """

        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve import (
            asyncio,
        )

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[FullCourse]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskRequest,
    ) -> FullCourse:
        """This is intended for stepwise approach of course creation.

        Use this to intiate generating an outline of the course.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/create-course-outline/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.
            body (CourseCreationTaskRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            FullCourse
        """

        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskRequest,
    ) -> Response[FullCourse]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_start_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """Kick start the course creation task. This endpoint should be called once the files for a course
        creation task has been successfully uploaded.

        ** Conditions Required **: - The course creation task must be in a pending state or failed
        state.

        ** Response **: - 200: The course creation task is successfully started. - 400: The course
        creation task is not in a pending state.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/start/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_start_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTask
        """

        from .ai_mentor_orgs_users_course_creation_tasks_start_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_start_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_start_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_start_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_list(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> PaginatedUnitList:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/component/`` (operation ``ai_mentor_orgs_users_course_creation_component_list``)

        Args:
            org (str):
            user_id (str):
            course (int | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            search (str | Unset): A search term.
            section (int | Unset):
            subsection (int | Unset):
            task (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedUnitList
        """

        from .ai_mentor_orgs_users_course_creation_component_list import asyncio

        return await asyncio(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> Response[PaginatedUnitList]:
        """Like `ai_mentor_orgs_users_course_creation_component_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_component_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Unit]:
        """Every `Unit` of `ai_mentor_orgs_users_course_creation_component_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_component_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_course_creation_component_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UnitRequest,
    ) -> Unit:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/component/`` (operation ``ai_mentor_orgs_users_course_creation_component_create``)

        Args:
            org (str):
            user_id (str):
            body (UnitRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Unit
        """

        from .ai_mentor_orgs_users_course_creation_component_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UnitRequest,
    ) -> Response[Unit]:
        """Like `ai_mentor_orgs_users_course_creation_component_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_component_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Unit:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/component/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_component_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Unit
        """

        from .ai_mentor_orgs_users_course_creation_component_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Unit]:
        """Like `ai_mentor_orgs_users_course_creation_component_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_component_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Unit:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/component/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_component_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.
            body (UnitRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Unit
        """

        from .ai_mentor_orgs_users_course_creation_component_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Response[Unit]:
        """Like `ai_mentor_orgs_users_course_creation_component_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_component_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/component/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_component_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_component_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_component_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_component_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedUnitRequest | Unset = UNSET,
    ) -> Unit:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/component/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_component_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.
            body (PatchedUnitRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Unit
        """

        from .ai_mentor_orgs_users_course_creation_component_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedUnitRequest | Unset = UNSET,
    ) -> Response[Unit]:
        """Like `ai_mentor_orgs_users_course_creation_component_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_component_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_draft_content_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Generate draft content for a specific unit.

        This action starts a background task to create draft content for the specified unit using AI.

        Args:
        request: The HTTP request.
        pk: The primary key of the unit to generate content for.

        Returns:
        Response: A confirmation that the content generation task has been started.

        Raises:
        NotFound: If the specified unit does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/component/{id}/draft-content/`` (operation ``ai_mentor_orgs_users_course_creation_component_draft_content_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_component_draft_content_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_draft_content_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_component_draft_content_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_component_draft_content_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_draft_content_create(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Any:
        """Generate draft content for a specific unit.

        This action starts a background task to create draft content for the specified unit using AI.

        Args:
        request: The HTTP request.
        pk: The primary key of the unit to generate content for.

        Returns:
        Response: A confirmation that the content generation task has been started.

        Raises:
        NotFound: If the specified unit does not exist.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/component/{id}/draft-content/`` (operation ``ai_mentor_orgs_users_course_creation_component_draft_content_create``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.
            body (UnitRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_component_draft_content_create import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_component_draft_content_create_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_component_draft_content_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_component_draft_content_create import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_list(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> PaginatedEdxCourseList:
        """API viewset for managing EdX courses.

        This viewset allows platform administrators to retrieve, delete, and perform various operations
        on EdX courses that were created through course creation tasks.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/`` (operation ``ai_mentor_orgs_users_course_creation_course_list``)

        Args:
            org (str):
            user_id (str):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            search (str | Unset): A search term.
            task (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedEdxCourseList
        """

        from .ai_mentor_orgs_users_course_creation_course_list import asyncio

        return await asyncio(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> Response[PaginatedEdxCourseList]:
        """Like `ai_mentor_orgs_users_course_creation_course_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_course_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[EdxCourse]:
        """Every `EdxCourse` of `ai_mentor_orgs_users_course_creation_course_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_course_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_course_creation_course_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> EdxCourse:
        """API viewset for managing EdX courses.

        This viewset allows platform administrators to retrieve, delete, and perform various operations
        on EdX courses that were created through course creation tasks.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_course_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this edx course.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            EdxCourse
        """

        from .ai_mentor_orgs_users_course_creation_course_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[EdxCourse]:
        """Like `ai_mentor_orgs_users_course_creation_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """API viewset for managing EdX courses.

        This viewset allows platform administrators to retrieve, delete, and perform various operations
        on EdX courses that were created through course creation tasks.

        Permissions:
        - Restricted to platform administrators only

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_course_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this edx course.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_course_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_course_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_course_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Generate draft content for all units in a course.

        This action starts a background task to create draft content for all units in the course using
        AI.

        Args:
        request: The HTTP request.
        pk: The primary key of the course to generate content for.

        Returns:
        Response: A confirmation that the content generation task has been started.

        Raises:
        NotFound: If the specified course does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/draft-content-for-all-units/`` (operation ``ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this edx course.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve import (
            asyncio,
        )

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_full_structure_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> FullCourse:
        """Retrieve the full structure of a course.

        This action returns the complete hierarchical structure of the course, including all sections,
        subsections, units, and components.

        Args:
        request: The HTTP request.
        pk: The primary key of the course to retrieve.

        Returns:
        Response: The full structure of the course.

        Raises:
        NotFound: If the specified course does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/full-structure/`` (operation ``ai_mentor_orgs_users_course_creation_course_full_structure_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this edx course.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            FullCourse
        """

        from .ai_mentor_orgs_users_course_creation_course_full_structure_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_full_structure_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[FullCourse]:
        """Like `ai_mentor_orgs_users_course_creation_course_full_structure_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_course_full_structure_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Load existing course structure from OpenEdX.

        This action starts a background task to pull the course structure from the EdX platform into the
        database.

        Args:
        request: The HTTP request.
        pk: The primary key of the course to load.

        Returns:
        Response: A confirmation that the load task has been started.

        Raises:
        NotFound: If the specified course does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/load-from-edx/`` (operation ``ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this edx course.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Synchronize the course structure to EdX.

        This action starts a background task to push the course structure from the database to the EdX
        platform.

        Args:
        request: The HTTP request.
        pk: The primary key of the course to synchronize.

        Returns:
        Response: A confirmation that the sync task has been started.

        Raises:
        NotFound: If the specified course does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/sync-to-edx/`` (operation ``ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this edx course.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_files_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedCourseCreationTaskFileList:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/`` (operation ``ai_mentor_orgs_users_course_creation_files_list``)

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
            PaginatedCourseCreationTaskFileList
        """

        from .ai_mentor_orgs_users_course_creation_files_list import asyncio

        return await asyncio(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_files_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedCourseCreationTaskFileList]:
        """Like `ai_mentor_orgs_users_course_creation_files_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_files_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseCreationTaskFile]:
        """Every `CourseCreationTaskFile` of `ai_mentor_orgs_users_course_creation_files_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_files_list import asyncio

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

    async def ai_mentor_orgs_users_course_creation_files_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/`` (operation ``ai_mentor_orgs_users_course_creation_files_create``)

        Args:
            org (str):
            user_id (str):
            body (CourseCreationTaskFileRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTaskFile
        """

        from .ai_mentor_orgs_users_course_creation_files_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_files_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> Response[CourseCreationTaskFile]:
        """Like `ai_mentor_orgs_users_course_creation_files_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_files_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_files_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_files_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task file.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTaskFile
        """

        from .ai_mentor_orgs_users_course_creation_files_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_files_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTaskFile]:
        """Like `ai_mentor_orgs_users_course_creation_files_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_files_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_files_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_files_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task file.
            body (CourseCreationTaskFileRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTaskFile
        """

        from .ai_mentor_orgs_users_course_creation_files_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_files_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> Response[CourseCreationTaskFile]:
        """Like `ai_mentor_orgs_users_course_creation_files_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_files_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_files_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_files_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task file.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_files_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_files_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_files_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_files_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_files_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
    ) -> CourseCreationTaskFile:
        """Endpoint to fetch update and delete files associated with course creation tasks.

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_files_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task file.
            body (PatchedCourseCreationTaskFileRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTaskFile
        """

        from .ai_mentor_orgs_users_course_creation_files_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_files_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
    ) -> Response[CourseCreationTaskFile]:
        """Like `ai_mentor_orgs_users_course_creation_files_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_files_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_section_list(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> PaginatedSectionList:
        """API viewset for managing course sections.

        This viewset allows platform administrators to retrieve and manage sections within EdX courses.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/section/`` (operation ``ai_mentor_orgs_users_course_creation_section_list``)

        Args:
            org (str):
            user_id (str):
            course (int | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            search (str | Unset): A search term.
            task (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedSectionList
        """

        from .ai_mentor_orgs_users_course_creation_section_list import asyncio

        return await asyncio(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_section_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> Response[PaginatedSectionList]:
        """Like `ai_mentor_orgs_users_course_creation_section_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_section_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Section]:
        """Every `Section` of `ai_mentor_orgs_users_course_creation_section_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_section_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_course_creation_section_create(
        self,
        org: str,
        user_id: str,
        *,
        body: SectionRequest,
    ) -> Section:
        """API viewset for managing course sections.

        This viewset allows platform administrators to retrieve and manage sections within EdX courses.

        Permissions:
        - Restricted to platform administrators only

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/section/`` (operation ``ai_mentor_orgs_users_course_creation_section_create``)

        Args:
            org (str):
            user_id (str):
            body (SectionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Section
        """

        from .ai_mentor_orgs_users_course_creation_section_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_section_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: SectionRequest,
    ) -> Response[Section]:
        """Like `ai_mentor_orgs_users_course_creation_section_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_section_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_section_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Section:
        """API viewset for managing course sections.

        This viewset allows platform administrators to retrieve and manage sections within EdX courses.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/section/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_section_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this section.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Section
        """

        from .ai_mentor_orgs_users_course_creation_section_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_section_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Section]:
        """Like `ai_mentor_orgs_users_course_creation_section_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_section_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_section_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: SectionRequest,
    ) -> Section:
        """API viewset for managing course sections.

        This viewset allows platform administrators to retrieve and manage sections within EdX courses.

        Permissions:
        - Restricted to platform administrators only

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/section/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_section_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this section.
            body (SectionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Section
        """

        from .ai_mentor_orgs_users_course_creation_section_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_section_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: SectionRequest,
    ) -> Response[Section]:
        """Like `ai_mentor_orgs_users_course_creation_section_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_section_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_section_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """API viewset for managing course sections.

        This viewset allows platform administrators to retrieve and manage sections within EdX courses.

        Permissions:
        - Restricted to platform administrators only

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/section/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_section_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this section.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_section_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_section_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_section_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_section_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_section_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedSectionRequest | Unset = UNSET,
    ) -> Section:
        """API viewset for managing course sections.

        This viewset allows platform administrators to retrieve and manage sections within EdX courses.

        Permissions:
        - Restricted to platform administrators only

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/section/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_section_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this section.
            body (PatchedSectionRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Section
        """

        from .ai_mentor_orgs_users_course_creation_section_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_section_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedSectionRequest | Unset = UNSET,
    ) -> Response[Section]:
        """Like `ai_mentor_orgs_users_course_creation_section_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_section_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_list(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> PaginatedSubSectionList:
        """API viewset for managing course subsections.

        This viewset allows platform administrators to retrieve and manage subsections within course
        sections.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/subsection/`` (operation ``ai_mentor_orgs_users_course_creation_subsection_list``)

        Args:
            org (str):
            user_id (str):
            course (int | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            search (str | Unset): A search term.
            section (int | Unset):
            task (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedSubSectionList
        """

        from .ai_mentor_orgs_users_course_creation_subsection_list import asyncio

        return await asyncio(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            task=task,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> Response[PaginatedSubSectionList]:
        """Like `ai_mentor_orgs_users_course_creation_subsection_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_subsection_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        task: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[SubSection]:
        """Every `SubSection` of `ai_mentor_orgs_users_course_creation_subsection_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_subsection_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            task=task,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_create(
        self,
        org: str,
        user_id: str,
        *,
        body: SubSectionRequest,
    ) -> SubSection:
        """API viewset for managing course subsections.

        This viewset allows platform administrators to retrieve and manage subsections within course
        sections.

        Permissions:
        - Restricted to platform administrators only

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/subsection/`` (operation ``ai_mentor_orgs_users_course_creation_subsection_create``)

        Args:
            org (str):
            user_id (str):
            body (SubSectionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SubSection
        """

        from .ai_mentor_orgs_users_course_creation_subsection_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: SubSectionRequest,
    ) -> Response[SubSection]:
        """Like `ai_mentor_orgs_users_course_creation_subsection_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_subsection_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> SubSection:
        """API viewset for managing course subsections.

        This viewset allows platform administrators to retrieve and manage subsections within course
        sections.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/subsection/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_subsection_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this sub section.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SubSection
        """

        from .ai_mentor_orgs_users_course_creation_subsection_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[SubSection]:
        """Like `ai_mentor_orgs_users_course_creation_subsection_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_subsection_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: SubSectionRequest,
    ) -> SubSection:
        """API viewset for managing course subsections.

        This viewset allows platform administrators to retrieve and manage subsections within course
        sections.

        Permissions:
        - Restricted to platform administrators only

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/subsection/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_subsection_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this sub section.
            body (SubSectionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SubSection
        """

        from .ai_mentor_orgs_users_course_creation_subsection_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: SubSectionRequest,
    ) -> Response[SubSection]:
        """Like `ai_mentor_orgs_users_course_creation_subsection_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_subsection_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """API viewset for managing course subsections.

        This viewset allows platform administrators to retrieve and manage subsections within course
        sections.

        Permissions:
        - Restricted to platform administrators only

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/subsection/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_subsection_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this sub section.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_subsection_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_subsection_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_subsection_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedSubSectionRequest | Unset = UNSET,
    ) -> SubSection:
        """API viewset for managing course subsections.

        This viewset allows platform administrators to retrieve and manage subsections within course
        sections.

        Permissions:
        - Restricted to platform administrators only

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/subsection/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_subsection_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this sub section.
            body (PatchedSubSectionRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SubSection
        """

        from .ai_mentor_orgs_users_course_creation_subsection_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_subsection_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedSubSectionRequest | Unset = UNSET,
    ) -> Response[SubSection]:
        """Like `ai_mentor_orgs_users_course_creation_subsection_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_subsection_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_list2(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedCourseCreationTaskList:
        """Create, retrieve and delete course creation tasks

        Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
        connected to this data manager.

        The course is created entirely by an ai model (as specified in your inputs).

        The llm decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.

        Clear and unambiguous parameters are more likely to produce better results.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_list2``)

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
            PaginatedCourseCreationTaskList
        """

        from .ai_mentor_orgs_users_course_creation_tasks_list2 import asyncio

        return await asyncio(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_list2_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedCourseCreationTaskList]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_list2`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_list2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_list2_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[CourseCreationTask]:
        """Every `CourseCreationTask` of `ai_mentor_orgs_users_course_creation_tasks_list2`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_tasks_list2 import asyncio

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

    async def ai_mentor_orgs_users_course_creation_tasks_create2(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskRequest,
    ) -> CourseCreationTask:
        """Create, retrieve and delete course creation tasks

        Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
        connected to this data manager.

        The course is created entirely by an ai model (as specified in your inputs).

        The llm decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.

        Clear and unambiguous parameters are more likely to produce better results.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_create2``)

        Args:
            org (str):
            user_id (str):
            body (CourseCreationTaskRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTask
        """

        from .ai_mentor_orgs_users_course_creation_tasks_create2 import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_create2_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskRequest,
    ) -> Response[CourseCreationTask]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_create2`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_create2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_retrieve2(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """Create, retrieve and delete course creation tasks

        Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
        connected to this data manager.

        The course is created entirely by an ai model (as specified in your inputs).

        The llm decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.

        Clear and unambiguous parameters are more likely to produce better results.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_retrieve2``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTask
        """

        from .ai_mentor_orgs_users_course_creation_tasks_retrieve2 import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_retrieve2`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_destroy2(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Create, retrieve and delete course creation tasks

        Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment
        connected to this data manager.

        The course is created entirely by an ai model (as specified in your inputs).

        The llm decides on the content of the course based on the name, description, target audience and
        other parameters. Bigger and newer models tend to outperform smaller once.

        Clear and unambiguous parameters are more likely to produce better results.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_destroy2``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_tasks_destroy2 import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_destroy2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_destroy2`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_destroy2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """Cancel a course creation task run. ** Conditions Required **: The task must be running or
        pending. ** Response **: - 200: The course creation task is successfully cancelled. - 400: The
        course creation task is not in a running or pending state.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/cancel/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTask
        """

        from .ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2 import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> FullCourse:
        """This is intended for stepwise approach of course creation.

        Use this to intiate generating an outline of the course.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/create-course-outline/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            FullCourse
        """

        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2 import (
            asyncio,
        )

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[FullCourse]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2 import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskRequest,
    ) -> FullCourse:
        """This is intended for stepwise approach of course creation.

        Use this to intiate generating an outline of the course.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/create-course-outline/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.
            body (CourseCreationTaskRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            FullCourse
        """

        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2 import (
            asyncio,
        )

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskRequest,
    ) -> Response[FullCourse]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2 import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_start_retrieve2(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """Kick start the course creation task. This endpoint should be called once the files for a course
        creation task has been successfully uploaded.

        ** Conditions Required **: - The course creation task must be in a pending state or failed
        state.

        ** Response **: - 200: The course creation task is successfully started. - 400: The course
        creation task is not in a pending state.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/start/`` (operation ``ai_mentor_orgs_users_course_creation_tasks_start_retrieve2``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this course creation task.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCreationTask
        """

        from .ai_mentor_orgs_users_course_creation_tasks_start_retrieve2 import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_tasks_start_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """Like `ai_mentor_orgs_users_course_creation_tasks_start_retrieve2`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_tasks_start_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_list(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> PaginatedUnitList:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/`` (operation ``ai_mentor_orgs_users_course_creation_unit_list``)

        Args:
            org (str):
            user_id (str):
            course (int | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            search (str | Unset): A search term.
            section (int | Unset):
            subsection (int | Unset):
            task (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedUnitList
        """

        from .ai_mentor_orgs_users_course_creation_unit_list import asyncio

        return await asyncio(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> Response[PaginatedUnitList]:
        """Like `ai_mentor_orgs_users_course_creation_unit_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_unit_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Unit]:
        """Every `Unit` of `ai_mentor_orgs_users_course_creation_unit_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_unit_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_course_creation_unit_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UnitRequest,
    ) -> Unit:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/`` (operation ``ai_mentor_orgs_users_course_creation_unit_create``)

        Args:
            org (str):
            user_id (str):
            body (UnitRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Unit
        """

        from .ai_mentor_orgs_users_course_creation_unit_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UnitRequest,
    ) -> Response[Unit]:
        """Like `ai_mentor_orgs_users_course_creation_unit_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_unit_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Unit:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_unit_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Unit
        """

        from .ai_mentor_orgs_users_course_creation_unit_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Unit]:
        """Like `ai_mentor_orgs_users_course_creation_unit_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_unit_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Unit:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_unit_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.
            body (UnitRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Unit
        """

        from .ai_mentor_orgs_users_course_creation_unit_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Response[Unit]:
        """Like `ai_mentor_orgs_users_course_creation_unit_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_unit_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_unit_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_unit_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_unit_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_unit_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedUnitRequest | Unset = UNSET,
    ) -> Unit:
        """API viewset for managing course units.

        This viewset allows platform administrators to retrieve and manage units within course
        subsections, and generate content for them.

        Permissions:
        - Restricted to platform administrators only

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/{id}/`` (operation ``ai_mentor_orgs_users_course_creation_unit_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.
            body (PatchedUnitRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Unit
        """

        from .ai_mentor_orgs_users_course_creation_unit_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedUnitRequest | Unset = UNSET,
    ) -> Response[Unit]:
        """Like `ai_mentor_orgs_users_course_creation_unit_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_unit_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Generate draft content for a specific unit.

        This action starts a background task to create draft content for the specified unit using AI.

        Args:
        request: The HTTP request.
        pk: The primary key of the unit to generate content for.

        Returns:
        Response: A confirmation that the content generation task has been started.

        Raises:
        NotFound: If the specified unit does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/{id}/draft-content/`` (operation ``ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_draft_content_create(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Any:
        """Generate draft content for a specific unit.

        This action starts a background task to create draft content for the specified unit using AI.

        Args:
        request: The HTTP request.
        pk: The primary key of the unit to generate content for.

        Returns:
        Response: A confirmation that the content generation task has been started.

        Raises:
        NotFound: If the specified unit does not exist.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/unit/{id}/draft-content/`` (operation ``ai_mentor_orgs_users_course_creation_unit_draft_content_create``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this unit.
            body (UnitRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_course_creation_unit_draft_content_create import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_course_creation_unit_draft_content_create_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_course_creation_unit_draft_content_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_course_creation_unit_draft_content_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_create_mentor_wizard_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorWizard,
    ) -> Mentor:
        """Create a new mentor using the wizard interface.

        Args:
        request: The HTTP request containing the mentor data.
        org: The organization/tenant identifier.
        user_id: The ID of the user creating the mentor.

        Returns:
        Response: The created mentor.

        Raises:
        BadRequest: If the provided data is invalid.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/create-mentor-wizard/`` (operation ``ai_mentor_orgs_users_create_mentor_wizard_create``)

        Args:
            org (str):
            user_id (str):
            body (MentorWizard):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Mentor
        """

        from .ai_mentor_orgs_users_create_mentor_wizard_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_create_mentor_wizard_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorWizard,
    ) -> Response[Mentor]:
        """Like `ai_mentor_orgs_users_create_mentor_wizard_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_create_mentor_wizard_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_custom_instruction_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> CustomInstructionResponse:
        """Retrieve custom instructions for a specific user.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to retrieve custom instructions for.

        Returns:
        Response: The custom instructions for the user.

        Raises:
        NotFound: If no custom instructions exist for the user.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/`` (operation ``ai_mentor_orgs_users_custom_instruction_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CustomInstructionResponse
        """

        from .ai_mentor_orgs_users_custom_instruction_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_custom_instruction_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[CustomInstructionResponse]:
        """Like `ai_mentor_orgs_users_custom_instruction_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_custom_instruction_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_custom_instruction_update(
        self,
        org: str,
        user_id: str,
        *,
        body: CustomInstructionResponseRequest | Unset = UNSET,
    ) -> CustomInstructionResponse:
        """Update an existing custom instruction for a user.

        Args:
        request: The HTTP request containing the updated custom instruction data.
        org: The organization/tenant identifier.
        user_id: The ID of the user to update custom instructions for.

        Returns:
        Response: The updated custom instruction.

        Raises:
        BadRequest: If the provided data is invalid.
        NotFound: If no custom instruction exists for the user.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/`` (operation ``ai_mentor_orgs_users_custom_instruction_update``)

        Args:
            org (str):
            user_id (str):
            body (CustomInstructionResponseRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CustomInstructionResponse
        """

        from .ai_mentor_orgs_users_custom_instruction_update import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_custom_instruction_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CustomInstructionResponseRequest | Unset = UNSET,
    ) -> Response[CustomInstructionResponse]:
        """Like `ai_mentor_orgs_users_custom_instruction_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_custom_instruction_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_custom_instruction_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CustomInstructionResponseRequest | Unset = UNSET,
    ) -> CustomInstructionResponse:
        """Create a new custom instruction for a user.

        Args:
        request: The HTTP request containing the custom instruction data.
        org: The organization/tenant identifier.
        user_id: The ID of the user to create custom instructions for.

        Returns:
        Response: The created custom instruction.

        Raises:
        BadRequest: If the provided data is invalid.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/`` (operation ``ai_mentor_orgs_users_custom_instruction_create``)

        Args:
            org (str):
            user_id (str):
            body (CustomInstructionResponseRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CustomInstructionResponse
        """

        from .ai_mentor_orgs_users_custom_instruction_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_custom_instruction_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CustomInstructionResponseRequest | Unset = UNSET,
    ) -> Response[CustomInstructionResponse]:
        """Like `ai_mentor_orgs_users_custom_instruction_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_custom_instruction_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_downloads_tasks_retrieve(
        self,
        org: str,
        user_id: str,
        task_id: str,
        *,
        to_csv: bool | Unset = UNSET,
    ) -> ChatHistoryItem:
        """Retrieves the chat history for a user if the export task is ready.

        This Endpoint to download user chathistory.

        Accessible to tenant admins and students.

        Returns:
        200: When task is not ready.
        200: chat history object
        400: When data is not valid.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/downloads/tasks/{task_id}/`` (operation ``ai_mentor_orgs_users_downloads_tasks_retrieve``)

        Args:
            org (str):
            user_id (str):
            task_id (str):
            to_csv (bool | Unset): Choose download in csv or not

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ChatHistoryItem
        """

        from .ai_mentor_orgs_users_downloads_tasks_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            task_id,
            to_csv=to_csv,
            client=self._client,
        )

    async def ai_mentor_orgs_users_downloads_tasks_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        task_id: str,
        *,
        to_csv: bool | Unset = UNSET,
    ) -> Response[ChatHistoryItem]:
        """Like `ai_mentor_orgs_users_downloads_tasks_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_downloads_tasks_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            task_id,
            to_csv=to_csv,
            client=self._client,
        )

    async def ai_mentor_orgs_users_edx_memory_list(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        student: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedUserEdxMemoryList:
        """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
        corresponding edx course they have interracted with. This information is passed to the
        corresponding mentor so the mentor has context information about the course and unit that the
        user last interracted with.

        There can be only one UserEdxMemory instance per student and course_id.

        Url Args:
        org (str): The organization's platform key.
        user_id (str): The username

        identifier of the individual.

        Returns:
        200: A paginated list of UserEdxMemory objects

        Examples:
        - List all memories
        GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/
        Request:
        None
        Response:
        {
        "count": 0,
        "next": null,
        "previous": null,
        "results": [{
        "student": 1,
        "course_id": "course-v1:main+CARBON+2024_Fall",
        "data": {},
        "date_created": "2024-06-25T15:30:26.257140",
        "last_modified": "2024-06-25T15:30:26.257140"
        }]
        }
        - Get a single UserEdxMemory object
        GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/
        Request:
        None
        Response:
        {
        "student": 1,
        "course_id": "course-v1:main+CARBON+2024_Fall",
        "data": {},
        "date_created": "2024-06-25T15:30:26.257140",
        "last_modified": "2024-06-25T15:30:26.257140"
        }

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/edx-memory/`` (operation ``ai_mentor_orgs_users_edx_memory_list``)

        Args:
            org (str):
            user_id (str):
            course_id (str | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            student (int | Unset): edX user ID
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedUserEdxMemoryList
        """

        from .ai_mentor_orgs_users_edx_memory_list import asyncio

        return await asyncio(
            org,
            user_id,
            course_id=course_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            student=student,
            username=username,
            client=self._client,
        )

    async def ai_mentor_orgs_users_edx_memory_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        student: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedUserEdxMemoryList]:
        """Like `ai_mentor_orgs_users_edx_memory_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_edx_memory_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id=course_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            student=student,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_edx_memory_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        student: int | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[UserEdxMemory]:
        """Every `UserEdxMemory` of `ai_mentor_orgs_users_edx_memory_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_edx_memory_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            course_id=course_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            student=student,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_edx_memory_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> UserEdxMemory:
        """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
        corresponding edx course they have interracted with. This information is passed to the
        corresponding mentor so the mentor has context information about the course and unit that the
        user last interracted with.

        There can be only one UserEdxMemory instance per student and course_id.

        Url Args:
        org (str): The organization's platform key.
        user_id (str): The username

        identifier of the individual.

        Returns:
        200: A paginated list of UserEdxMemory objects

        Examples:
        - List all memories
        GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/
        Request:
        None
        Response:
        {
        "count": 0,
        "next": null,
        "previous": null,
        "results": [{
        "student": 1,
        "course_id": "course-v1:main+CARBON+2024_Fall",
        "data": {},
        "date_created": "2024-06-25T15:30:26.257140",
        "last_modified": "2024-06-25T15:30:26.257140"
        }]
        }
        - Get a single UserEdxMemory object
        GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/
        Request:
        None
        Response:
        {
        "student": 1,
        "course_id": "course-v1:main+CARBON+2024_Fall",
        "data": {},
        "date_created": "2024-06-25T15:30:26.257140",
        "last_modified": "2024-06-25T15:30:26.257140"
        }

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/edx-memory/{id}/`` (operation ``ai_mentor_orgs_users_edx_memory_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this user edx memory.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserEdxMemory
        """

        from .ai_mentor_orgs_users_edx_memory_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_edx_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[UserEdxMemory]:
        """Like `ai_mentor_orgs_users_edx_memory_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_edx_memory_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_edx_memory_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Endpoints to fetch and delete Edx stored Memory information stored for a user and a
        corresponding edx course they have interracted with. This information is passed to the
        corresponding mentor so the mentor has context information about the course and unit that the
        user last interracted with.

        There can be only one UserEdxMemory instance per student and course_id.

        Url Args:
        org (str): The organization's platform key.
        user_id (str): The username

        identifier of the individual.

        Returns:
        200: A paginated list of UserEdxMemory objects

        Examples:
        - List all memories
        GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/
        Request:
        None
        Response:
        {
        "count": 0,
        "next": null,
        "previous": null,
        "results": [{
        "student": 1,
        "course_id": "course-v1:main+CARBON+2024_Fall",
        "data": {},
        "date_created": "2024-06-25T15:30:26.257140",
        "last_modified": "2024-06-25T15:30:26.257140"
        }]
        }
        - Get a single UserEdxMemory object
        GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/
        Request:
        None
        Response:
        {
        "student": 1,
        "course_id": "course-v1:main+CARBON+2024_Fall",
        "data": {},
        "date_created": "2024-06-25T15:30:26.257140",
        "last_modified": "2024-06-25T15:30:26.257140"
        }

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/edx-memory/{id}/`` (operation ``ai_mentor_orgs_users_edx_memory_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this user edx memory.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_edx_memory_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_edx_memory_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_edx_memory_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_edx_memory_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_elevenlabs_voice_list(
        self,
        org: str,
        user_id: str,
    ) -> list[ElevenlabsCustomVoiceResponse]:
        """Retrieve a list of Elevenlabs voices available to a user.

        This endpoint returns both custom voices created by the user and premade voices available to all
        users.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to retrieve voices for.

        Returns:
        Response: A list of available Elevenlabs voices.

        Raises:
        NotFound: If the specified user does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/`` (operation ``ai_mentor_orgs_users_elevenlabs_voice_list``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[ElevenlabsCustomVoiceResponse]
        """

        from .ai_mentor_orgs_users_elevenlabs_voice_list import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_elevenlabs_voice_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[ElevenlabsCustomVoiceResponse]]:
        """Like `ai_mentor_orgs_users_elevenlabs_voice_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_elevenlabs_voice_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_elevenlabs_voice_create(
        self,
        org: str,
        user_id: str,
        *,
        body: ElevenlabsCustomVoice,
    ) -> ElevenlabsCustomVoiceResponse:
        """Create a new custom Elevenlabs voice.

        This endpoint allows users to upload audio files to create a custom voice that can be used with
        the Elevenlabs text-to-speech service.

        Note: The audio files' total length should be longer than 1 minute and the total size should be
        smaller than 11 MiB.

        Args:
        request: The HTTP request containing the voice name and audio files.
        org: The organization/tenant identifier.
        user_id: The ID of the user creating the voice.

        Returns:
        Response: The created voice configuration.

        Raises:
        BadRequest: If the provided data is invalid, credentials are not found, or there's an API error.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/`` (operation ``ai_mentor_orgs_users_elevenlabs_voice_create``)

        Args:
            org (str):
            user_id (str):
            body (ElevenlabsCustomVoice):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ElevenlabsCustomVoiceResponse
        """

        from .ai_mentor_orgs_users_elevenlabs_voice_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_elevenlabs_voice_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: ElevenlabsCustomVoice,
    ) -> Response[ElevenlabsCustomVoiceResponse]:
        """Like `ai_mentor_orgs_users_elevenlabs_voice_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_elevenlabs_voice_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_elevenlabs_voice_destroy(
        self,
        org: str,
        user_id: str,
        voice_name: str,
    ) -> Any:
        """Delete an existing Elevenlabs voice configuration.

        This endpoint removes a custom voice configuration both from the local database and from the
        Elevenlabs remote API if applicable.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user who owns the voice.
        voice_name: The name of the voice to delete.

        Returns:
        Response: A confirmation of the deletion.

        Raises:
        BadRequest: If the Elevenlabs credentials are not found or there's an API error.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/{voice_name}/`` (operation ``ai_mentor_orgs_users_elevenlabs_voice_destroy``)

        Args:
            org (str):
            user_id (str):
            voice_name (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_elevenlabs_voice_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            voice_name,
            client=self._client,
        )

    async def ai_mentor_orgs_users_elevenlabs_voice_destroy_detailed(
        self,
        org: str,
        user_id: str,
        voice_name: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_elevenlabs_voice_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_elevenlabs_voice_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            voice_name,
            client=self._client,
        )

    async def ai_mentor_orgs_users_export_chathistory_create(
        self,
        org: str,
        user_id: str,
    ) -> TaskView:
        """Initiates a background task to export the user's chat history.

        Returns:
        200: task id.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/export-chathistory/`` (operation ``ai_mentor_orgs_users_export_chathistory_create``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TaskView
        """

        from .ai_mentor_orgs_users_export_chathistory_create import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_export_chathistory_create_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[TaskView]:
        """Like `ai_mentor_orgs_users_export_chathistory_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_export_chathistory_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_free_usage_count_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> FreeUsageCount:
        """Retrieve the count of free usage credits available to a user.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to check free usage for.

        Returns:
        Response: The count of free usage credits available.

        Raises:
        NotFound: If the specified user does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/free-usage-count`` (operation ``ai_mentor_orgs_users_free_usage_count_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            FreeUsageCount
        """

        from .ai_mentor_orgs_users_free_usage_count_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_free_usage_count_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[FreeUsageCount]:
        """Like `ai_mentor_orgs_users_free_usage_count_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_free_usage_count_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mcp_servers_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedMCPServerList:
        """List all MCP servers.

        Returns a paginated list of MCP servers that can be filtered by platform and searched by name or
        URL.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/`` (operation ``ai_mentor_orgs_users_mcp_servers_list``)

        Args:
            org (str):
            user_id (str):
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            platform (int | Unset):
            search (str | Unset): A search term.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedMCPServerList
        """

        from .ai_mentor_orgs_users_mcp_servers_list import asyncio

        return await asyncio(
            org,
            user_id,
            page=page,
            page_size=page_size,
            platform=platform,
            search=search,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mcp_servers_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedMCPServerList]:
        """Like `ai_mentor_orgs_users_mcp_servers_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mcp_servers_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            platform=platform,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[MCPServer]:
        """Every `MCPServer` of `ai_mentor_orgs_users_mcp_servers_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_mcp_servers_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            page=page,
            page_size=page_size,
            platform=platform,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_mcp_servers_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MCPServerRequest,
    ) -> MCPServer:
        """ViewSet for MCP Servers.

        Allows platform admins to list, create, retrieve, update, and delete MCP servers.

        Permissions:
        - Accessible to tenant admins.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/`` (operation ``ai_mentor_orgs_users_mcp_servers_create``)

        Args:
            org (str):
            user_id (str):
            body (MCPServerRequest): Serializer for the MCPServer model.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MCPServer
        """

        from .ai_mentor_orgs_users_mcp_servers_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mcp_servers_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MCPServerRequest,
    ) -> Response[MCPServer]:
        """Like `ai_mentor_orgs_users_mcp_servers_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mcp_servers_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mcp_servers_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> MCPServer:
        """ViewSet for MCP Servers.

        Allows platform admins to list, create, retrieve, update, and delete MCP servers.

        Permissions:
        - Accessible to tenant admins.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/{id}/`` (operation ``ai_mentor_orgs_users_mcp_servers_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this mcp server.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MCPServer
        """

        from .ai_mentor_orgs_users_mcp_servers_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mcp_servers_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[MCPServer]:
        """Like `ai_mentor_orgs_users_mcp_servers_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mcp_servers_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mcp_servers_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MCPServerRequest,
    ) -> MCPServer:
        """ViewSet for MCP Servers.

        Allows platform admins to list, create, retrieve, update, and delete MCP servers.

        Permissions:
        - Accessible to tenant admins.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/{id}/`` (operation ``ai_mentor_orgs_users_mcp_servers_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this mcp server.
            body (MCPServerRequest): Serializer for the MCPServer model.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MCPServer
        """

        from .ai_mentor_orgs_users_mcp_servers_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mcp_servers_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MCPServerRequest,
    ) -> Response[MCPServer]:
        """Like `ai_mentor_orgs_users_mcp_servers_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mcp_servers_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mcp_servers_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """ViewSet for MCP Servers.

        Allows platform admins to list, create, retrieve, update, and delete MCP servers.

        Permissions:
        - Accessible to tenant admins.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/{id}/`` (operation ``ai_mentor_orgs_users_mcp_servers_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this mcp server.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_mcp_servers_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mcp_servers_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_mcp_servers_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mcp_servers_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mcp_servers_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMCPServerRequest | Unset = UNSET,
    ) -> MCPServer:
        """ViewSet for MCP Servers.

        Allows platform admins to list, create, retrieve, update, and delete MCP servers.

        Permissions:
        - Accessible to tenant admins.

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/{id}/`` (operation ``ai_mentor_orgs_users_mcp_servers_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this mcp server.
            body (PatchedMCPServerRequest | Unset): Serializer for the MCPServer model.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MCPServer
        """

        from .ai_mentor_orgs_users_mcp_servers_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mcp_servers_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMCPServerRequest | Unset = UNSET,
    ) -> Response[MCPServer]:
        """Like `ai_mentor_orgs_users_mcp_servers_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mcp_servers_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_feedback_create_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatFeedbackRequest,
    ) -> UserChatFeedback:
        """Create a new user chat feedback entry.

        Args:
        request: The HTTP request containing the feedback data.
        org: The organization/tenant identifier.

        Returns:
        Response: The created feedback entry.

        Raises:
        BadRequest: If the provided data is invalid or the mentor does not exist.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentor-feedback/create/`` (operation ``ai_mentor_orgs_users_mentor_feedback_create_create``)

        Args:
            org (str):
            user_id (str):
            body (UserChatFeedbackRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserChatFeedback
        """

        from .ai_mentor_orgs_users_mentor_feedback_create_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_feedback_create_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatFeedbackRequest,
    ) -> Response[UserChatFeedback]:
        """Like `ai_mentor_orgs_users_mentor_feedback_create_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_feedback_create_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_feedback_retrieve(
        self,
        org: str,
        user_id: str,
        feedback_id: int,
    ) -> UserChatFeedback:
        """Retrieve details of a specific user chat feedback entry.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        feedback_id: The ID of the feedback entry to retrieve.

        Returns:
        Response: The feedback entry details.

        Raises:
        NotFound: If the specified feedback entry does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentor-feedback/{feedback_id}/`` (operation ``ai_mentor_orgs_users_mentor_feedback_retrieve``)

        Args:
            org (str):
            user_id (str):
            feedback_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserChatFeedback
        """

        from .ai_mentor_orgs_users_mentor_feedback_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            feedback_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_feedback_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        feedback_id: int,
    ) -> Response[UserChatFeedback]:
        """Like `ai_mentor_orgs_users_mentor_feedback_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_feedback_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            feedback_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_feedback_update(
        self,
        org: str,
        user_id: str,
        feedback_id: int,
        *,
        body: UserChatFeedbackRequest,
    ) -> UserChatFeedback:
        """Update an existing user chat feedback entry.

        Args:
        request: The HTTP request containing the updated feedback data.
        org: The organization/tenant identifier.
        feedback_id: The ID of the feedback entry to update.

        Returns:
        Response: The updated feedback entry.

        Raises:
        NotFound: If the specified feedback entry does not exist.
        BadRequest: If the provided data is invalid or the mentor does not exist.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mentor-feedback/{feedback_id}/`` (operation ``ai_mentor_orgs_users_mentor_feedback_update``)

        Args:
            org (str):
            user_id (str):
            feedback_id (int):
            body (UserChatFeedbackRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserChatFeedback
        """

        from .ai_mentor_orgs_users_mentor_feedback_update import asyncio

        return await asyncio(
            org,
            user_id,
            feedback_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_feedback_update_detailed(
        self,
        org: str,
        user_id: str,
        feedback_id: int,
        *,
        body: UserChatFeedbackRequest,
    ) -> Response[UserChatFeedback]:
        """Like `ai_mentor_orgs_users_mentor_feedback_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_feedback_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            feedback_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_llms_list(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: str | Unset = UNSET,
    ) -> list[LLMResponse]:
        """Retrieve available LLMs for a user.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentor-llms/`` (operation ``ai_mentor_orgs_users_mentor_llms_list``)

        Args:
            org (str):
            user_id (str):
            mentor_id (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[LLMResponse]
        """

        from .ai_mentor_orgs_users_mentor_llms_list import asyncio

        return await asyncio(
            org,
            user_id,
            mentor_id=mentor_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_llms_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: str | Unset = UNSET,
    ) -> Response[list[LLMResponse]]:
        """Like `ai_mentor_orgs_users_mentor_llms_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_llms_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor_id=mentor_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_tools_list(
        self,
        org: str,
        user_id: str,
    ) -> list[ToolResponse]:
        """Retrieve the list of available mentor tools.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentor-tools/`` (operation ``ai_mentor_orgs_users_mentor_tools_list``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[ToolResponse]
        """

        from .ai_mentor_orgs_users_mentor_tools_list import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_tools_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[ToolResponse]]:
        """Like `ai_mentor_orgs_users_mentor_tools_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_tools_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_with_settings_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorFromTemplateWithSettingRequest,
    ) -> Mentor:
        """View to create a mentor from a template with settings.

        Accessible to tenant admins only.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentor-with-settings/`` (operation ``ai_mentor_orgs_users_mentor_with_settings_create``)

        Args:
            org (str):
            user_id (str):
            body (MentorFromTemplateWithSettingRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Mentor
        """

        from .ai_mentor_orgs_users_mentor_with_settings_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_with_settings_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorFromTemplateWithSettingRequest,
    ) -> Response[Mentor]:
        """Like `ai_mentor_orgs_users_mentor_with_settings_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_with_settings_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_audience_list(
        self,
        org: str,
        user_id: str,
    ) -> list[MentorAudience]:
        """Retrieve the list of mentor audiences.

        Returns:
        - 200: List of mentor audiences.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/audience/`` (operation ``ai_mentor_orgs_users_mentor_audience_list``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[MentorAudience]
        """

        from .ai_mentor_orgs_users_mentor_audience_list import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_audience_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[MentorAudience]]:
        """Like `ai_mentor_orgs_users_mentor_audience_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_audience_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_audience_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorAudienceRequest,
    ) -> MentorAudience:
        """Create a new mentor audience.

        Accessible to tenant admins only.

        Returns:
        - 201: Created mentor audience.
        - 401: Unauthorized.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/audience/`` (operation ``ai_mentor_orgs_users_mentor_audience_create``)

        Args:
            org (str):
            user_id (str):
            body (MentorAudienceRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorAudience
        """

        from .ai_mentor_orgs_users_mentor_audience_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_audience_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorAudienceRequest,
    ) -> Response[MentorAudience]:
        """Like `ai_mentor_orgs_users_mentor_audience_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_audience_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_audience_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Delete a mentor audience.

        Accessible to tenant admins only.

        Returns:
        - 204: No content.
        - 400: Bad request if audience name is missing.
        - 404: Not found if audience does not exist.
        - 401: Unauthorized.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/audience/`` (operation ``ai_mentor_orgs_users_mentor_audience_destroy``)

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

        from .ai_mentor_orgs_users_mentor_audience_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_audience_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_mentor_audience_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_audience_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_categories_list(
        self,
        org: str,
        user_id: str,
    ) -> list[MentorCategory]:
        """Retrieve a list of mentor categories.

        Returns:
        200: A list of mentor categories.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/`` (operation ``ai_mentor_orgs_users_mentor_categories_list``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[MentorCategory]
        """

        from .ai_mentor_orgs_users_mentor_categories_list import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_categories_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[MentorCategory]]:
        """Like `ai_mentor_orgs_users_mentor_categories_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_categories_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_categories_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCategoryCreateRequest,
    ) -> MentorCategory:
        """Create a new mentor category.

        Accessible only to tenant admins.

        Returns:
        200: Details of the created mentor category.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/`` (operation ``ai_mentor_orgs_users_mentor_categories_create``)

        Args:
            org (str):
            user_id (str):
            body (MentorCategoryCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorCategory
        """

        from .ai_mentor_orgs_users_mentor_categories_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_categories_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCategoryCreateRequest,
    ) -> Response[MentorCategory]:
        """Like `ai_mentor_orgs_users_mentor_categories_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_categories_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_categories_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Delete a mentor category.

        Accessible only to tenant admins.

        Returns:
        204: "No content" when Delete succeeded.
        400: Bad request data received

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/`` (operation ``ai_mentor_orgs_users_mentor_categories_destroy``)

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

        from .ai_mentor_orgs_users_mentor_categories_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_categories_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_mentor_categories_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_categories_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_seed_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> SeedMentorsView:
        """Seed initial mentors in a tenant.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user initiating the seeding.

        Returns:
        Response: A success message with details about the seeded mentors.

        Raises:
        BadRequest: If the seeding process fails.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/seed/`` (operation ``ai_mentor_orgs_users_mentor_seed_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SeedMentorsView
        """

        from .ai_mentor_orgs_users_mentor_seed_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentor_seed_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[SeedMentorsView]:
        """Like `ai_mentor_orgs_users_mentor_seed_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentor_seed_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Mentor:
        """Retrieve details of a specific mentor by slug or name.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/`` (operation ``ai_mentor_orgs_users_mentors_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Mentor
        """

        from .ai_mentor_orgs_users_mentors_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[Mentor]:
        """Like `ai_mentor_orgs_users_mentors_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_available_tools_list(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> list[ToolResponse]:
        """Retrieve tools available for a particular mentor.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/available-tools/`` (operation ``ai_mentor_orgs_users_mentors_available_tools_list``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[ToolResponse]
        """

        from .ai_mentor_orgs_users_mentors_available_tools_list import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_available_tools_list_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[list[ToolResponse]]:
        """Like `ai_mentor_orgs_users_mentors_available_tools_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_available_tools_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_create_call_credentials_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: CallAuthenticationRequest,
    ) -> CallAuthenticationResponse:
        """Generate IBL Call Pro authentication parameters for audio calls.

        This endpoint creates the necessary authentication tokens and parameters for connecting to a IBL
        Call Pro room for audio communication with a mentor.

        Args:
        request: The HTTP request object containing the required parameters.
        org: The organization/tenant identifier.
        user_id: The ID of the user requesting authentication.

        Returns:
        Response: IBL Call Pro authentication parameters including URL, room name,
        participant name, and authentication token.

        Raises:
        ValidationError: If the request parameters are invalid.
        BadRequest: If the IBL Call Pro credentials are not properly configured.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/create-call-credentials/`` (operation ``ai_mentor_orgs_users_mentors_create_call_credentials_create``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            body (CallAuthenticationRequest): Serializer for IBL Call Pro authentication request.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CallAuthenticationResponse
        """

        from .ai_mentor_orgs_users_mentors_create_call_credentials_create import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_create_call_credentials_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: CallAuthenticationRequest,
    ) -> Response[CallAuthenticationResponse]:
        """Like `ai_mentor_orgs_users_mentors_create_call_credentials_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_create_call_credentials_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_current_memory_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MemoryComponentResponse:
        """Retrieve memory components for a specific mentor.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        mentor: The identifier of the mentor to retrieve memory for.

        Returns:
        Response: The memory components for the mentor.

        Raises:
        NotFound: If the specified mentor or memory does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/current-memory/`` (operation ``ai_mentor_orgs_users_mentors_current_memory_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MemoryComponentResponse
        """

        from .ai_mentor_orgs_users_mentors_current_memory_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_current_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MemoryComponentResponse]:
        """Like `ai_mentor_orgs_users_mentors_current_memory_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_current_memory_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_current_memory_update(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: QuestionRequest,
    ) -> QuestionResponse:
        """Update memory components for a specific mentor.

        Args:
        request: The HTTP request containing the updated memory data.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        mentor: The identifier of the mentor to update memory for.

        Returns:
        Response: The updated memory components for the mentor.

        Raises:
        BadRequest: If the provided data is invalid.
        NotFound: If the specified mentor does not exist.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/current-memory/`` (operation ``ai_mentor_orgs_users_mentors_current_memory_update``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            body (QuestionRequest): Serializer for incoming request data that includes initial
                questions and the username.

                Attributes:
                username (str): Username of the requesting student or user.
                initial_questions (list[InputQuestionSerializer]): List of initial questions provided by
                the LMS.
                question_count (int): Number of questions the mentor (llm) should generate

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            QuestionResponse
        """

        from .ai_mentor_orgs_users_mentors_current_memory_update import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_current_memory_update_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: QuestionRequest,
    ) -> Response[QuestionResponse]:
        """Like `ai_mentor_orgs_users_mentors_current_memory_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_current_memory_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_custom_voice_tts_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Any:
        """Generate audio from text using a mentor's custom voice.

        This endpoint converts the provided text to speech using the custom voice configured for the
        specified mentor.

        Args:
        request: The HTTP request containing the text to convert.
        org: The organization/tenant identifier.
        user_id: The ID of the user who owns the mentor link.
        mentor: The unique identifier of the mentor.

        Returns:
        Response: An MP3 audio file of the synthesized speech.

        Raises:
        BadRequest: If the text is empty, credentials are not found, or custom voice is not set.
        NotFound: If the mentor or student does not exist.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice-tts/`` (operation ``ai_mentor_orgs_users_mentors_custom_voice_tts_create``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_mentors_custom_voice_tts_create import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_custom_voice_tts_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_mentors_custom_voice_tts_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_custom_voice_tts_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_custom_voice_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MentorCustomVoiceResponse:
        """Retrieve the current custom voice settings for a mentor.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user who owns the mentor link.
        mentor: The unique identifier of the mentor.

        Returns:
        Response: The current custom voice settings.

        Raises:
        NotFound: If the specified mentor or student does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/`` (operation ``ai_mentor_orgs_users_mentors_custom_voice_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorCustomVoiceResponse
        """

        from .ai_mentor_orgs_users_mentors_custom_voice_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_custom_voice_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MentorCustomVoiceResponse]:
        """Like `ai_mentor_orgs_users_mentors_custom_voice_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_custom_voice_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_custom_voice_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorCustomVoice,
    ) -> MentorCustomVoiceResponse:
        """Set a custom voice for a mentor.

        This endpoint allows setting a custom voice for a specific mentor, either using the default
        voice provider or Elevenlabs.

        Args:
        request: The HTTP request containing the voice provider and name.
        org: The organization/tenant identifier.
        user_id: The ID of the user who owns the mentor link.
        mentor: The unique identifier of the mentor.

        Returns:
        Response: The updated custom voice settings.

        Raises:
        BadRequest: If the provided data is invalid or the voice does not exist.
        NotFound: If the mentor or student does not exist.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/`` (operation ``ai_mentor_orgs_users_mentors_custom_voice_create``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            body (MentorCustomVoice):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorCustomVoiceResponse
        """

        from .ai_mentor_orgs_users_mentors_custom_voice_create import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_custom_voice_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorCustomVoice,
    ) -> Response[MentorCustomVoiceResponse]:
        """Like `ai_mentor_orgs_users_mentors_custom_voice_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_custom_voice_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_edit_scenarios_update(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorScenario,
    ) -> MentorScenario:
        """Update scenarios for a specific mentor.

        Args:
        request: The HTTP request containing the updated scenarios.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        mentor: The identifier of the mentor to update scenarios for.

        Returns:
        Response: The updated scenarios for the mentor.

        Raises:
        BadRequest: If the provided data is invalid.
        NotFound: If the specified mentor does not exist.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/edit-scenarios/`` (operation ``ai_mentor_orgs_users_mentors_edit_scenarios_update``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            body (MentorScenario):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorScenario
        """

        from .ai_mentor_orgs_users_mentors_edit_scenarios_update import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_edit_scenarios_update_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorScenario,
    ) -> Response[MentorScenario]:
        """Like `ai_mentor_orgs_users_mentors_edit_scenarios_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_edit_scenarios_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_fork_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorFork,
    ) -> Mentor:
        """Fork (clone) an existing mentor.

        Args:
        request: The HTTP request containing the fork parameters.
        org: The organization/tenant identifier.
        mentor: The identifier of the mentor to fork.
        user_id: The ID of the user initiating the fork.

        Returns:
        Response: The newly created forked mentor.

        Raises:
        BadRequest: If the provided data is invalid or the fork operation fails.
        NotFound: If the specified mentor does not exist.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/fork/`` (operation ``ai_mentor_orgs_users_mentors_fork_create``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            body (MentorFork):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Mentor
        """

        from .ai_mentor_orgs_users_mentors_fork_create import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_fork_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorFork,
    ) -> Response[Mentor]:
        """Like `ai_mentor_orgs_users_mentors_fork_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_fork_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_historical_memory_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MemoryComponentMemoryDetail:
        """Retrieve memory history entries for a specific mentor and user.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to retrieve memory history for.
        mentor: The identifier of the mentor to retrieve memory history for.

        Returns:
        Response: The memory history entries for the mentor and user.

        Raises:
        NotFound: If the specified mentor or memory history does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/historical-memory/`` (operation ``ai_mentor_orgs_users_mentors_historical_memory_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MemoryComponentMemoryDetail
        """

        from .ai_mentor_orgs_users_mentors_historical_memory_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_historical_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MemoryComponentMemoryDetail]:
        """Like `ai_mentor_orgs_users_mentors_historical_memory_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_historical_memory_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_memory_progress_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MemoryProgress:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-progress/`` (operation ``ai_mentor_orgs_users_mentors_memory_progress_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MemoryProgress
        """

        from .ai_mentor_orgs_users_mentors_memory_progress_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_memory_progress_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MemoryProgress]:
        """Like `ai_mentor_orgs_users_mentors_memory_progress_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_memory_progress_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_memory_settings_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MentorMemorySettingsResponse:
        """Retrieve memory settings for a specific mentor.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        mentor: The identifier of the mentor to retrieve settings for.

        Returns:
        Response: The memory settings for the mentor.

        Raises:
        NotFound: If the specified mentor or settings do not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-settings/`` (operation ``ai_mentor_orgs_users_mentors_memory_settings_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorMemorySettingsResponse
        """

        from .ai_mentor_orgs_users_mentors_memory_settings_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_memory_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MentorMemorySettingsResponse]:
        """Like `ai_mentor_orgs_users_mentors_memory_settings_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_memory_settings_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_memory_settings_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorMemorySettingsRequest | Unset = UNSET,
    ) -> MentorMemorySettingsResponse:
        """Endpoint for mentor memory item settings.

        Accessible to platform admins and superusers.

        Returns:
        200: Change mentor memory component item.
        400: When request is not valid.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-settings/`` (operation ``ai_mentor_orgs_users_mentors_memory_settings_create``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            body (MentorMemorySettingsRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorMemorySettingsResponse
        """

        from .ai_mentor_orgs_users_mentors_memory_settings_create import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_memory_settings_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorMemorySettingsRequest | Unset = UNSET,
    ) -> Response[MentorMemorySettingsResponse]:
        """Like `ai_mentor_orgs_users_mentors_memory_settings_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_memory_settings_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_mentor_eval_execution_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: RunMentorEval,
    ) -> Any:
        """Run an evaluation for a specific mentor.

        Args:
        request: The HTTP request containing the evaluation ID.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        mentor: The identifier of the mentor to evaluate.

        Returns:
        Response: The ID of the generated evaluation report.

        Raises:
        BadRequest: If the evaluation ID is invalid or the mentor does not match.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-eval-execution/`` (operation ``ai_mentor_orgs_users_mentors_mentor_eval_execution_create``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            body (RunMentorEval):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_mentors_mentor_eval_execution_create import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_mentor_eval_execution_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: RunMentorEval,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_mentors_mentor_eval_execution_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_mentor_eval_execution_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_mentor_eval_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MentorEval:
        """Retrieve evaluation criteria for a specific mentor.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        mentor: The identifier of the mentor to retrieve evaluations for.

        Returns:
        Response: The evaluation criteria for the mentor.

        Raises:
        NotFound: If the specified mentor or evaluations do not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-eval/`` (operation ``ai_mentor_orgs_users_mentors_mentor_eval_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorEval
        """

        from .ai_mentor_orgs_users_mentors_mentor_eval_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_mentor_eval_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MentorEval]:
        """Like `ai_mentor_orgs_users_mentors_mentor_eval_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_mentor_eval_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_mentor_eval_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorEvalRequest | Unset = UNSET,
    ) -> MentorEval:
        """Create or update evaluation criteria for a specific mentor.

        Args:
        request: The HTTP request containing the evaluation data.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        mentor: The identifier of the mentor to create/update evaluations for.

        Returns:
        Response: The created or updated evaluation criteria.

        Raises:
        BadRequest: If the provided data is invalid or the mentor does not exist.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-eval/`` (operation ``ai_mentor_orgs_users_mentors_mentor_eval_create``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            body (MentorEvalRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorEval
        """

        from .ai_mentor_orgs_users_mentors_mentor_eval_create import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_mentor_eval_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorEvalRequest | Unset = UNSET,
    ) -> Response[MentorEval]:
        """Like `ai_mentor_orgs_users_mentors_mentor_eval_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_mentor_eval_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_public_settings_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MentorSettingsPublic:
        """Retrieve public mentor settings.

        Args:
        request: HTTP request instance.
        user_id: The ID of the user requesting settings.
        mentor: The mentor identifier (name, slug, or unique_id).
        org: The organization key.

        Returns:
        Response containing the mentor settings or an error message.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/public-settings/`` (operation ``ai_mentor_orgs_users_mentors_public_settings_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorSettingsPublic
        """

        from .ai_mentor_orgs_users_mentors_public_settings_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_public_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MentorSettingsPublic]:
        """Like `ai_mentor_orgs_users_mentors_public_settings_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_public_settings_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
        report_id: int,
    ) -> MentorEvalReport:
        """Retrieve a specific evaluation report.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        mentor: The identifier of the mentor that was evaluated.
        report_id: The ID of the evaluation report to retrieve.

        Returns:
        Response: The detailed evaluation report.

        Raises:
        BadRequest: If the report does not exist, does not match the mentor, or is still being
        generated.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/reports/{report_id}/mentor-eval-report/`` (operation ``ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            report_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorEvalReport
        """

        from .ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            report_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        report_id: int,
    ) -> Response[MentorEvalReport]:
        """Like `ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            report_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_scenarios_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MentorScenario:
        """Retrieve available scenarios for a specific mentor.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.
        mentor: The identifier of the mentor to retrieve scenarios for.

        Returns:
        Response: The available scenarios for the mentor.

        Raises:
        NotFound: If the specified mentor or scenarios do not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/scenarios/`` (operation ``ai_mentor_orgs_users_mentors_scenarios_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorScenario
        """

        from .ai_mentor_orgs_users_mentors_scenarios_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_scenarios_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MentorScenario]:
        """Like `ai_mentor_orgs_users_mentors_scenarios_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_scenarios_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_settings_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        department_id: int | Unset = UNSET,
    ) -> MentorSettingsPublic:
        """Retrieve Mentor Settings

        Fetch the settings of a mentor within an organization. Only accessible to tenant admins.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/`` (operation ``ai_mentor_orgs_users_mentors_settings_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            department_id (int | Unset): Department to authorize users by

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorSettingsPublic
        """

        from .ai_mentor_orgs_users_mentors_settings_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            department_id=department_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        department_id: int | Unset = UNSET,
    ) -> Response[MentorSettingsPublic]:
        """Like `ai_mentor_orgs_users_mentors_settings_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_settings_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            department_id=department_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_settings_update(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorSettingsRequest | Unset = UNSET,
        department_id: int | Unset = UNSET,
    ) -> MentorSettings:
        """Update Mentor Settings

        Update various mentor settings including system prompts, tool permissions, and UI
        configurations.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/`` (operation ``ai_mentor_orgs_users_mentors_settings_update``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            department_id (int | Unset): Department to authorize users by
            body (MentorSettingsRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorSettings
        """

        from .ai_mentor_orgs_users_mentors_settings_update import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            department_id=department_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_settings_update_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorSettingsRequest | Unset = UNSET,
        department_id: int | Unset = UNSET,
    ) -> Response[MentorSettings]:
        """Like `ai_mentor_orgs_users_mentors_settings_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_settings_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            department_id=department_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_sharable_link_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> ShareableMentorLink:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/sharable-link`` (operation ``ai_mentor_orgs_users_mentors_sharable_link_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ShareableMentorLink
        """

        from .ai_mentor_orgs_users_mentors_sharable_link_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_sharable_link_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[ShareableMentorLink]:
        """Like `ai_mentor_orgs_users_mentors_sharable_link_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_sharable_link_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_sharable_link_update(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: ShareableMentorLinkRequest | Unset = UNSET,
    ) -> ShareableMentorLink:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/sharable-link`` (operation ``ai_mentor_orgs_users_mentors_sharable_link_update``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            body (ShareableMentorLinkRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ShareableMentorLink
        """

        from .ai_mentor_orgs_users_mentors_sharable_link_update import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_sharable_link_update_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: ShareableMentorLinkRequest | Unset = UNSET,
    ) -> Response[ShareableMentorLink]:
        """Like `ai_mentor_orgs_users_mentors_sharable_link_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_sharable_link_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_sharable_link_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: ShareableMentorLinkRequest | Unset = UNSET,
    ) -> ShareableMentorLink:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/sharable-link`` (operation ``ai_mentor_orgs_users_mentors_sharable_link_create``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            body (ShareableMentorLinkRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ShareableMentorLink
        """

        from .ai_mentor_orgs_users_mentors_sharable_link_create import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_sharable_link_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: ShareableMentorLinkRequest | Unset = UNSET,
    ) -> Response[ShareableMentorLink]:
        """Like `ai_mentor_orgs_users_mentors_sharable_link_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_sharable_link_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_sharable_link_destroy(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Any:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/sharable-link`` (operation ``ai_mentor_orgs_users_mentors_sharable_link_destroy``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_mentors_sharable_link_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_sharable_link_destroy_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_mentors_sharable_link_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_sharable_link_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> SpacedRepetitionQuestionStats:
        """Retrieve spaced repetition question statistics.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to retrieve statistics for.
        mentor: The unique identifier of the mentor.

        Returns:
        Response: Statistics about the user's performance on spaced repetition questions.

        Raises:
        NotFound: If the mentor or student does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/spaced-repetition-question-stats/`` (operation ``ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SpacedRepetitionQuestionStats
        """

        from .ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[SpacedRepetitionQuestionStats]:
        """Like `ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> list[QuestionCardTag]:
        """Retrieve a list of learning paths associated with a specific mentor and student.

        This endpoint uses the memory component to establish the learning context for a student under
        the guidance of a mentor. It verifies that the provided organization identifier matches the
        mentor's platform key, and then retrieves learning path tags associated with the student's
        question cards. Each tag is annotated with the total number of question cards and the count of
        cards with successful repetitions (i.e., correct answers). The learning paths are ordered by the
        number of correct answers and limited to the top five entries.

        Args:
        request: The HTTP request containing the necessary context.
        org (str): The organization identifier/platform key.
        user_id (str): The username of the student.
        mentor (str): The unique identifier of the mentor.
        *args: Additional positional arguments.
        **kwargs: Additional keyword arguments.

        Returns:
        Resp200onse: memory component detail infomrmation

        Raises:
        NotFound: If the memory component for the specified mentor and student cannot be found,
        or if the organization identifier does not match the mentor's platform key.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/spaced-repetition-recommended-paths/`` (operation ``ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[QuestionCardTag]
        """

        from .ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[list[QuestionCardTag]]:
        """Like `ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: SpacedRepetitionLearningPath,
    ) -> SpacedRepetitionLearningPath:
        """Set a specific learning path for spaced repetition.

        Args:
        request: The HTTP request containing the learning path.
        org: The organization/tenant identifier.
        user_id: The ID of the user to set the learning path for.
        mentor: The unique identifier of the mentor.

        Returns:
        Response: The set learning path.

        Raises:
        BadRequest: If the provided data is invalid.
        NotFound: If the learning path, mentor, or student does not exist.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/spaced-repetition-recommended-paths/`` (operation ``ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            body (SpacedRepetitionLearningPath):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SpacedRepetitionLearningPath
        """

        from .ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: SpacedRepetitionLearningPath,
    ) -> Response[SpacedRepetitionLearningPath]:
        """Like `ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_star_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> StarMentor:
        """Endpoint for getting the star status of a mentor.

        Accessible to students and admins.
        Returns:
        200: Star status.
        400: When request is not valid.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/star/`` (operation ``ai_mentor_orgs_users_mentors_star_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StarMentor
        """

        from .ai_mentor_orgs_users_mentors_star_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_star_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[StarMentor]:
        """Like `ai_mentor_orgs_users_mentors_star_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_star_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_star_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> StarMentor:
        """Endpoint for starring a mentor.

        Accessible to students and admins.
        Returns:
        200: Star status.
        400: When request is not valid.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/star/`` (operation ``ai_mentor_orgs_users_mentors_star_create``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StarMentor
        """

        from .ai_mentor_orgs_users_mentors_star_create import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_star_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[StarMentor]:
        """Like `ai_mentor_orgs_users_mentors_star_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_star_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_unstar_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> StarMentor:
        """Remove a mentor from a user's starred list.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user unstarring the mentor.
        mentor: The identifier of the mentor to unstar.

        Returns:
        Response: The updated star status of the mentor.

        Raises:
        NotFound: If the specified mentor or student does not exist.
        BadRequest: If the request is invalid.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/unstar/`` (operation ``ai_mentor_orgs_users_mentors_unstar_create``)

        Args:
            org (str):
            user_id (str):
            mentor (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StarMentor
        """

        from .ai_mentor_orgs_users_mentors_unstar_create import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_mentors_unstar_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[StarMentor]:
        """Like `ai_mentor_orgs_users_mentors_unstar_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_mentors_unstar_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    async def ai_mentor_orgs_users_metadata_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> MentorMetadata:
        """Retrieve metadata for a mentor.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.

        Returns:
        Response: The mentor metadata.

        Raises:
        NotFound: If no metadata exists for the specified mentor.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/metadata`` (operation ``ai_mentor_orgs_users_metadata_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorMetadata
        """

        from .ai_mentor_orgs_users_metadata_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_metadata_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[MentorMetadata]:
        """Like `ai_mentor_orgs_users_metadata_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_metadata_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_moderation_logs_list(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersModerationLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedModerationLogList:
        """Endpoint to view and delete Moderation Logs for a tenant.

        These can be filtered by username, platform_key and

        mentor id
        A search query can be conducted to search through the prompts and reason for the moderation
        catch event.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/moderation-logs/`` (operation ``ai_mentor_orgs_users_moderation_logs_list``)

        Args:
            org (str):
            user_id (str):
            mentor (int | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            platform_key (str | Unset):
            search (str | Unset): A search term.
            target_system (AiMentorOrgsUsersModerationLogsListTargetSystem | Unset): * `Safety System`
                - Safety System
                * `Moderation System` - Moderation System
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedModerationLogList
        """

        from .ai_mentor_orgs_users_moderation_logs_list import asyncio

        return await asyncio(
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
        )

    async def ai_mentor_orgs_users_moderation_logs_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersModerationLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedModerationLogList]:
        """Like `ai_mentor_orgs_users_moderation_logs_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_moderation_logs_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_moderation_logs_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersModerationLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ModerationLog]:
        """Every `ModerationLog` of `ai_mentor_orgs_users_moderation_logs_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_moderation_logs_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_moderation_logs_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> ModerationLog:
        """Endpoint to view and delete Moderation Logs for a tenant.

        These can be filtered by username, platform_key and

        mentor id
        A search query can be conducted to search through the prompts and reason for the moderation
        catch event.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/moderation-logs/{id}/`` (operation ``ai_mentor_orgs_users_moderation_logs_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this moderation log.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ModerationLog
        """

        from .ai_mentor_orgs_users_moderation_logs_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_moderation_logs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[ModerationLog]:
        """Like `ai_mentor_orgs_users_moderation_logs_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_moderation_logs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_moderation_logs_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Endpoint to view and delete Moderation Logs for a tenant.

        These can be filtered by username, platform_key and

        mentor id
        A search query can be conducted to search through the prompts and reason for the moderation
        catch event.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/moderation-logs/{id}/`` (operation ``ai_mentor_orgs_users_moderation_logs_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this moderation log.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_moderation_logs_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_moderation_logs_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_moderation_logs_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_moderation_logs_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agent_logs_list(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        periodic_agent: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedPeriodicAgentLogList:
        """Endpoint to view logs for periodic agent runs.

        These logs contain the full mentor output for each run for debugging. Logs are ordered from
        newest to oldest. However this can be changed.

        You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in
        the URL.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/`` (operation ``ai_mentor_orgs_users_periodic_agent_logs_list``)

        Args:
            org (str):
            user_id (str):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            parent_mentor_id (str | Unset):
            parent_session_id (str | Unset):
            periodic_agent (int | Unset):
            search (str | Unset): A search term.
            status (AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset): * `success` - Success
                * `error` - Error
                * `running` - Running
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedPeriodicAgentLogList
        """

        from .ai_mentor_orgs_users_periodic_agent_logs_list import asyncio

        return await asyncio(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            periodic_agent=periodic_agent,
            search=search,
            status=status,
            username=username,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agent_logs_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        periodic_agent: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedPeriodicAgentLogList]:
        """Like `ai_mentor_orgs_users_periodic_agent_logs_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_periodic_agent_logs_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            periodic_agent=periodic_agent,
            search=search,
            status=status,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agent_logs_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        periodic_agent: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[PeriodicAgentLog]:
        """Every `PeriodicAgentLog` of `ai_mentor_orgs_users_periodic_agent_logs_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_periodic_agent_logs_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            periodic_agent=periodic_agent,
            search=search,
            status=status,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_periodic_agent_logs_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> PeriodicAgentLog:
        """Endpoint to view logs for periodic agent runs.

        These logs contain the full mentor output for each run for debugging. Logs are ordered from
        newest to oldest. However this can be changed.

        You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in
        the URL.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/{id}/`` (operation ``ai_mentor_orgs_users_periodic_agent_logs_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this periodic agent log.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PeriodicAgentLog
        """

        from .ai_mentor_orgs_users_periodic_agent_logs_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agent_logs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[PeriodicAgentLog]:
        """Like `ai_mentor_orgs_users_periodic_agent_logs_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_periodic_agent_logs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agents_list(
        self,
        org: str,
        user_id: str,
        *,
        enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: int | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        previous_agent: int | Unset = UNSET,
        previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
        | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
        title: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedPeriodicAgentList:
        """Endpoint to create and view, update and delete periodic agents.

        Periodic agents are schedulers issued for mentors. These are configured with input prompt (if
        any) as well as a cron schedule to trigger the periodic agent.

        Access to these are restricted to platform admins and tenant administrators

        Session information for running the periodic agent will be generated with the credentials of the
        user (platform administrator) who created the agent.

        A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a
        `callback_url` is set for a Periodic Agent, a post request with data entries containing the log
        and timestamp of the run will be made to the callback_url provided. Here is the payload
        structure:
        ```
        {
        "timestamp": "timestamp when the run completed",
        "status": "status of the periodic agent",
        "prompt": "input prompt to agent,
        "agent_output": "...final response of agent",
        "log": "... full agent run log",
        "log_id": periodic agent log id.,
        }
        ``` The payload is encrypted using the `callback_secret` provided.

        You can validate the payload using the X-Hub-Signature-256 signature header for request data.
        This is a Sha256 encoded HMAC hex digest of the payload body.

        ```python import hmac import haslib

        def validate_payload(request: HttpRequest, callback_secret: str):
        # Get the X-Hub-Signature-256 header from the request
        received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")
        if not received_signature.startswith("sha256="):
        # Invalid signature format
        return False
        received_signature = received_signature[len("sha256=") :]
        try:
        # Get the raw request body
        payload = request.body
        # Compute the expected signature using the app_secret
        expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256
        ).hexdigest()
        if hmac.compare_digest(received_signature, expected_signature):
        # Signatures match, the payload is genuine
        return True
        else:
        # Signatures don't match
        return False
        except Exception as e:
        # Handle any errors that may occur during validation
        return False

        ```

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/`` (operation ``ai_mentor_orgs_users_periodic_agents_list``)

        Args:
            org (str):
            user_id (str):
            enabled (bool | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            parent_mentor_id (int | Unset):
            parent_session_id (str | Unset):
            previous_agent (int | Unset):
            previous_agent_status (AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus | Unset):
                The status that the previous agent must be in before this agent gets scheduled.

                * `success` - Success
                * `error` - Error
                * `running` - Running
                * `pending` - Pending
            search (str | Unset): A search term.
            status (AiMentorOrgsUsersPeriodicAgentsListStatus | Unset): * `success` - Success
                * `error` - Error
                * `running` - Running
                * `pending` - Pending
            title (str | Unset):
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedPeriodicAgentList
        """

        from .ai_mentor_orgs_users_periodic_agents_list import asyncio

        return await asyncio(
            org,
            user_id,
            enabled=enabled,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
            search=search,
            status=status,
            title=title,
            username=username,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agents_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: int | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        previous_agent: int | Unset = UNSET,
        previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
        | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
        title: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedPeriodicAgentList]:
        """Like `ai_mentor_orgs_users_periodic_agents_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_periodic_agents_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            enabled=enabled,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
            search=search,
            status=status,
            title=title,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: int | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        previous_agent: int | Unset = UNSET,
        previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
        | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
        title: str | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[PeriodicAgent]:
        """Every `PeriodicAgent` of `ai_mentor_orgs_users_periodic_agents_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_periodic_agents_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            enabled=enabled,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
            search=search,
            status=status,
            title=title,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_periodic_agents_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PeriodicAgentCreateRequest,
    ) -> PeriodicAgentCreate:
        """Endpoint to create and view, update and delete periodic agents.

        Periodic agents are schedulers issued for mentors. These are configured with input prompt (if
        any) as well as a cron schedule to trigger the periodic agent.

        Access to these are restricted to platform admins and tenant administrators

        Session information for running the periodic agent will be generated with the credentials of the
        user (platform administrator) who created the agent.

        A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a
        `callback_url` is set for a Periodic Agent, a post request with data entries containing the log
        and timestamp of the run will be made to the callback_url provided. Here is the payload
        structure:
        ```
        {
        "timestamp": "timestamp when the run completed",
        "status": "status of the periodic agent",
        "prompt": "input prompt to agent,
        "agent_output": "...final response of agent",
        "log": "... full agent run log",
        "log_id": periodic agent log id.,
        }
        ``` The payload is encrypted using the `callback_secret` provided.

        You can validate the payload using the X-Hub-Signature-256 signature header for request data.
        This is a Sha256 encoded HMAC hex digest of the payload body.

        ```python import hmac import haslib

        def validate_payload(request: HttpRequest, callback_secret: str):
        # Get the X-Hub-Signature-256 header from the request
        received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")
        if not received_signature.startswith("sha256="):
        # Invalid signature format
        return False
        received_signature = received_signature[len("sha256=") :]
        try:
        # Get the raw request body
        payload = request.body
        # Compute the expected signature using the app_secret
        expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256
        ).hexdigest()
        if hmac.compare_digest(received_signature, expected_signature):
        # Signatures match, the payload is genuine
        return True
        else:
        # Signatures don't match
        return False
        except Exception as e:
        # Handle any errors that may occur during validation
        return False

        ```

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/`` (operation ``ai_mentor_orgs_users_periodic_agents_create``)

        Args:
            org (str):
            user_id (str):
            body (PeriodicAgentCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PeriodicAgentCreate
        """

        from .ai_mentor_orgs_users_periodic_agents_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agents_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PeriodicAgentCreateRequest,
    ) -> Response[PeriodicAgentCreate]:
        """Like `ai_mentor_orgs_users_periodic_agents_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_periodic_agents_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agents_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> PeriodicAgent:
        """Endpoint to create and view, update and delete periodic agents.

        Periodic agents are schedulers issued for mentors. These are configured with input prompt (if
        any) as well as a cron schedule to trigger the periodic agent.

        Access to these are restricted to platform admins and tenant administrators

        Session information for running the periodic agent will be generated with the credentials of the
        user (platform administrator) who created the agent.

        A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a
        `callback_url` is set for a Periodic Agent, a post request with data entries containing the log
        and timestamp of the run will be made to the callback_url provided. Here is the payload
        structure:
        ```
        {
        "timestamp": "timestamp when the run completed",
        "status": "status of the periodic agent",
        "prompt": "input prompt to agent,
        "agent_output": "...final response of agent",
        "log": "... full agent run log",
        "log_id": periodic agent log id.,
        }
        ``` The payload is encrypted using the `callback_secret` provided.

        You can validate the payload using the X-Hub-Signature-256 signature header for request data.
        This is a Sha256 encoded HMAC hex digest of the payload body.

        ```python import hmac import haslib

        def validate_payload(request: HttpRequest, callback_secret: str):
        # Get the X-Hub-Signature-256 header from the request
        received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")
        if not received_signature.startswith("sha256="):
        # Invalid signature format
        return False
        received_signature = received_signature[len("sha256=") :]
        try:
        # Get the raw request body
        payload = request.body
        # Compute the expected signature using the app_secret
        expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256
        ).hexdigest()
        if hmac.compare_digest(received_signature, expected_signature):
        # Signatures match, the payload is genuine
        return True
        else:
        # Signatures don't match
        return False
        except Exception as e:
        # Handle any errors that may occur during validation
        return False

        ```

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/{id}/`` (operation ``ai_mentor_orgs_users_periodic_agents_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this periodic agent.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PeriodicAgent
        """

        from .ai_mentor_orgs_users_periodic_agents_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agents_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[PeriodicAgent]:
        """Like `ai_mentor_orgs_users_periodic_agents_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_periodic_agents_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agents_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PeriodicAgentCreateRequest,
    ) -> PeriodicAgentCreate:
        """Endpoint to create and view, update and delete periodic agents.

        Periodic agents are schedulers issued for mentors. These are configured with input prompt (if
        any) as well as a cron schedule to trigger the periodic agent.

        Access to these are restricted to platform admins and tenant administrators

        Session information for running the periodic agent will be generated with the credentials of the
        user (platform administrator) who created the agent.

        A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a
        `callback_url` is set for a Periodic Agent, a post request with data entries containing the log
        and timestamp of the run will be made to the callback_url provided. Here is the payload
        structure:
        ```
        {
        "timestamp": "timestamp when the run completed",
        "status": "status of the periodic agent",
        "prompt": "input prompt to agent,
        "agent_output": "...final response of agent",
        "log": "... full agent run log",
        "log_id": periodic agent log id.,
        }
        ``` The payload is encrypted using the `callback_secret` provided.

        You can validate the payload using the X-Hub-Signature-256 signature header for request data.
        This is a Sha256 encoded HMAC hex digest of the payload body.

        ```python import hmac import haslib

        def validate_payload(request: HttpRequest, callback_secret: str):
        # Get the X-Hub-Signature-256 header from the request
        received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")
        if not received_signature.startswith("sha256="):
        # Invalid signature format
        return False
        received_signature = received_signature[len("sha256=") :]
        try:
        # Get the raw request body
        payload = request.body
        # Compute the expected signature using the app_secret
        expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256
        ).hexdigest()
        if hmac.compare_digest(received_signature, expected_signature):
        # Signatures match, the payload is genuine
        return True
        else:
        # Signatures don't match
        return False
        except Exception as e:
        # Handle any errors that may occur during validation
        return False

        ```

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/{id}/`` (operation ``ai_mentor_orgs_users_periodic_agents_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this periodic agent.
            body (PeriodicAgentCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PeriodicAgentCreate
        """

        from .ai_mentor_orgs_users_periodic_agents_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agents_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PeriodicAgentCreateRequest,
    ) -> Response[PeriodicAgentCreate]:
        """Like `ai_mentor_orgs_users_periodic_agents_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_periodic_agents_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agents_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Endpoint to create and view, update and delete periodic agents.

        Periodic agents are schedulers issued for mentors. These are configured with input prompt (if
        any) as well as a cron schedule to trigger the periodic agent.

        Access to these are restricted to platform admins and tenant administrators

        Session information for running the periodic agent will be generated with the credentials of the
        user (platform administrator) who created the agent.

        A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a
        `callback_url` is set for a Periodic Agent, a post request with data entries containing the log
        and timestamp of the run will be made to the callback_url provided. Here is the payload
        structure:
        ```
        {
        "timestamp": "timestamp when the run completed",
        "status": "status of the periodic agent",
        "prompt": "input prompt to agent,
        "agent_output": "...final response of agent",
        "log": "... full agent run log",
        "log_id": periodic agent log id.,
        }
        ``` The payload is encrypted using the `callback_secret` provided.

        You can validate the payload using the X-Hub-Signature-256 signature header for request data.
        This is a Sha256 encoded HMAC hex digest of the payload body.

        ```python import hmac import haslib

        def validate_payload(request: HttpRequest, callback_secret: str):
        # Get the X-Hub-Signature-256 header from the request
        received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")
        if not received_signature.startswith("sha256="):
        # Invalid signature format
        return False
        received_signature = received_signature[len("sha256=") :]
        try:
        # Get the raw request body
        payload = request.body
        # Compute the expected signature using the app_secret
        expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256
        ).hexdigest()
        if hmac.compare_digest(received_signature, expected_signature):
        # Signatures match, the payload is genuine
        return True
        else:
        # Signatures don't match
        return False
        except Exception as e:
        # Handle any errors that may occur during validation
        return False

        ```

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/{id}/`` (operation ``ai_mentor_orgs_users_periodic_agents_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this periodic agent.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_periodic_agents_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agents_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_periodic_agents_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_periodic_agents_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agents_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPeriodicAgentCreateRequest | Unset = UNSET,
    ) -> PeriodicAgentCreate:
        """Endpoint to create and view, update and delete periodic agents.

        Periodic agents are schedulers issued for mentors. These are configured with input prompt (if
        any) as well as a cron schedule to trigger the periodic agent.

        Access to these are restricted to platform admins and tenant administrators

        Session information for running the periodic agent will be generated with the credentials of the
        user (platform administrator) who created the agent.

        A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a
        `callback_url` is set for a Periodic Agent, a post request with data entries containing the log
        and timestamp of the run will be made to the callback_url provided. Here is the payload
        structure:
        ```
        {
        "timestamp": "timestamp when the run completed",
        "status": "status of the periodic agent",
        "prompt": "input prompt to agent,
        "agent_output": "...final response of agent",
        "log": "... full agent run log",
        "log_id": periodic agent log id.,
        }
        ``` The payload is encrypted using the `callback_secret` provided.

        You can validate the payload using the X-Hub-Signature-256 signature header for request data.
        This is a Sha256 encoded HMAC hex digest of the payload body.

        ```python import hmac import haslib

        def validate_payload(request: HttpRequest, callback_secret: str):
        # Get the X-Hub-Signature-256 header from the request
        received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")
        if not received_signature.startswith("sha256="):
        # Invalid signature format
        return False
        received_signature = received_signature[len("sha256=") :]
        try:
        # Get the raw request body
        payload = request.body
        # Compute the expected signature using the app_secret
        expected_signature = hmac.new(
        callback_secret.encode(), payload, hashlib.sha256
        ).hexdigest()
        if hmac.compare_digest(received_signature, expected_signature):
        # Signatures match, the payload is genuine
        return True
        else:
        # Signatures don't match
        return False
        except Exception as e:
        # Handle any errors that may occur during validation
        return False

        ```

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/{id}/`` (operation ``ai_mentor_orgs_users_periodic_agents_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this periodic agent.
            body (PatchedPeriodicAgentCreateRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PeriodicAgentCreate
        """

        from .ai_mentor_orgs_users_periodic_agents_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_periodic_agents_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPeriodicAgentCreateRequest | Unset = UNSET,
    ) -> Response[PeriodicAgentCreate]:
        """Like `ai_mentor_orgs_users_periodic_agents_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_periodic_agents_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_pin_message_list(
        self,
        org: str,
        user_id: str,
        *,
        session_id: str,
    ) -> list[PinnedMessageGet]:
        """Retrieve pinned messages for a user.

        Args:
        request: The HTTP request.
        org: Organization key identifier.
        user_id: The username of the student.

        Returns:
        Response: Paginated list of pinned messages.

        Raises:
        NotFound: If the student or session does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/`` (operation ``ai_mentor_orgs_users_pin_message_list``)

        Args:
            org (str):
            user_id (str):
            session_id (str): Session id of the message to pin

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[PinnedMessageGet]
        """

        from .ai_mentor_orgs_users_pin_message_list import asyncio

        return await asyncio(
            org,
            user_id,
            session_id=session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_pin_message_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        session_id: str,
    ) -> Response[list[PinnedMessageGet]]:
        """Like `ai_mentor_orgs_users_pin_message_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_pin_message_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id=session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_pin_message_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PinnedMessageRequest,
    ) -> PinnedMessageCreate:
        """Create a pinned message for a user session.

        Args:
        request: The HTTP request containing session details.
        org: Organization key identifier.
        user_id: The username of the student.

        Returns:
        Response: Status 201 on success.

        Raises:
        NotFound: If the student does not exist.
        ValidationError: If request data is invalid.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/`` (operation ``ai_mentor_orgs_users_pin_message_create``)

        Args:
            org (str):
            user_id (str):
            body (PinnedMessageRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PinnedMessageCreate
        """

        from .ai_mentor_orgs_users_pin_message_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_pin_message_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PinnedMessageRequest,
    ) -> Response[PinnedMessageCreate]:
        """Like `ai_mentor_orgs_users_pin_message_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_pin_message_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_pin_message_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Delete a pinned message for a user.

        Args:
        request: The HTTP request containing session details.
        org: Organization key identifier.
        user_id: The username of the student.

        Returns:
        Response: Status 204 on success.

        Raises:
        NotFound: If the student or pinned message does not exist.
        ValidationError: If request data is invalid.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/`` (operation ``ai_mentor_orgs_users_pin_message_destroy``)

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

        from .ai_mentor_orgs_users_pin_message_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_pin_message_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_pin_message_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_pin_message_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_planned_jobs_list(
        self,
        org: str,
        user_id: str,
        *,
        active: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session: str | Unset = UNSET,
    ) -> PaginatedJobRunList:
        """Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent
        is going to undertake. You can filter job runs by their status. Note that for a single user and
        a specified session, at most only one JobRun instance is active at any point in time.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/`` (operation ``ai_mentor_orgs_users_planned_jobs_list``)

        Args:
            org (str):
            user_id (str):
            active (bool | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            search (str | Unset): A search term.
            session (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedJobRunList
        """

        from .ai_mentor_orgs_users_planned_jobs_list import asyncio

        return await asyncio(
            org,
            user_id,
            active=active,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session=session,
            client=self._client,
        )

    async def ai_mentor_orgs_users_planned_jobs_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        active: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session: str | Unset = UNSET,
    ) -> Response[PaginatedJobRunList]:
        """Like `ai_mentor_orgs_users_planned_jobs_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_planned_jobs_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            active=active,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session=session,
            client=self._client,
        )

    def ai_mentor_orgs_users_planned_jobs_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        active: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[JobRun]:
        """Every `JobRun` of `ai_mentor_orgs_users_planned_jobs_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_planned_jobs_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            active=active,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session=session,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_planned_jobs_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> JobRun:
        """Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent
        is going to undertake. You can filter job runs by their status. Note that for a single user and
        a specified session, at most only one JobRun instance is active at any point in time.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/{id}/`` (operation ``ai_mentor_orgs_users_planned_jobs_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this job run.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JobRun
        """

        from .ai_mentor_orgs_users_planned_jobs_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_planned_jobs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[JobRun]:
        """Like `ai_mentor_orgs_users_planned_jobs_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_planned_jobs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_playwright_scripts_list(
        self,
        org: str,
        user_id: str,
        *,
        is_public: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        student: int | Unset = UNSET,
    ) -> PaginatedPlayWrightScriptList:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/`` (operation ``ai_mentor_orgs_users_playwright_scripts_list``)

        Args:
            org (str):
            user_id (str):
            is_public (bool | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            search (str | Unset): A search term.
            student (int | Unset): edX user ID

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedPlayWrightScriptList
        """

        from .ai_mentor_orgs_users_playwright_scripts_list import asyncio

        return await asyncio(
            org,
            user_id,
            is_public=is_public,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            student=student,
            client=self._client,
        )

    async def ai_mentor_orgs_users_playwright_scripts_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        is_public: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        student: int | Unset = UNSET,
    ) -> Response[PaginatedPlayWrightScriptList]:
        """Like `ai_mentor_orgs_users_playwright_scripts_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_playwright_scripts_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            is_public=is_public,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            student=student,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        is_public: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        student: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[PlayWrightScript]:
        """Every `PlayWrightScript` of `ai_mentor_orgs_users_playwright_scripts_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_playwright_scripts_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            is_public=is_public,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            student=student,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_playwright_scripts_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PlayWrightScriptRequest,
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/`` (operation ``ai_mentor_orgs_users_playwright_scripts_create``)

        Args:
            org (str):
            user_id (str):
            body (PlayWrightScriptRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlayWrightScript
        """

        from .ai_mentor_orgs_users_playwright_scripts_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_playwright_scripts_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PlayWrightScriptRequest,
    ) -> Response[PlayWrightScript]:
        """Like `ai_mentor_orgs_users_playwright_scripts_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_playwright_scripts_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_playwright_scripts_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/`` (operation ``ai_mentor_orgs_users_playwright_scripts_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this play wright script.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlayWrightScript
        """

        from .ai_mentor_orgs_users_playwright_scripts_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_playwright_scripts_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[PlayWrightScript]:
        """Like `ai_mentor_orgs_users_playwright_scripts_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_playwright_scripts_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_playwright_scripts_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PlayWrightScriptRequest,
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/`` (operation ``ai_mentor_orgs_users_playwright_scripts_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this play wright script.
            body (PlayWrightScriptRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlayWrightScript
        """

        from .ai_mentor_orgs_users_playwright_scripts_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_playwright_scripts_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PlayWrightScriptRequest,
    ) -> Response[PlayWrightScript]:
        """Like `ai_mentor_orgs_users_playwright_scripts_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_playwright_scripts_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_playwright_scripts_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/`` (operation ``ai_mentor_orgs_users_playwright_scripts_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this play wright script.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_playwright_scripts_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_playwright_scripts_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_playwright_scripts_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_playwright_scripts_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_playwright_scripts_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPlayWrightScriptRequest | Unset = UNSET,
    ) -> PlayWrightScript:
        """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/`` (operation ``ai_mentor_orgs_users_playwright_scripts_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this play wright script.
            body (PatchedPlayWrightScriptRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlayWrightScript
        """

        from .ai_mentor_orgs_users_playwright_scripts_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_playwright_scripts_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPlayWrightScriptRequest | Unset = UNSET,
    ) -> Response[PlayWrightScript]:
        """Like `ai_mentor_orgs_users_playwright_scripts_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_playwright_scripts_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_predictive_analytics_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PredictiveAnalyticsRequest,
    ) -> PredictiveAnalyticsResponse:
        """Retrieve predictive analytics based on historical data variables.

        Args:
        request: HTTP request containing predictive analytics input.
        org: Organization key identifier.

        Returns:
        - 200: Object containing predicted data.
        - 400: When AI response cannot be loaded into JSON.
        - 404: When OpenAI key for the tenant is not set.
        - 429: When OpenAI request exceeds the rate limit.

        Example:
        **POST** `/api/ai-prompt/orgs/main/users/johndoe/predictive-analytics/`

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/predictive-analytics/`` (operation ``ai_mentor_orgs_users_predictive_analytics_create``)

        Args:
            org (str):
            user_id (str):
            body (PredictiveAnalyticsRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PredictiveAnalyticsResponse
        """

        from .ai_mentor_orgs_users_predictive_analytics_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_predictive_analytics_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PredictiveAnalyticsRequest,
    ) -> Response[PredictiveAnalyticsResponse]:
        """Like `ai_mentor_orgs_users_predictive_analytics_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_predictive_analytics_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_recent_messages_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """Retrieves recent chat messages based on provided query parameters.

        Returns:
        200: Paginated List of chat messages.
        400: Invalid query parameters.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/recent-messages/`` (operation ``ai_mentor_orgs_users_recent_messages_retrieve``)

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

        from .ai_mentor_orgs_users_recent_messages_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_recent_messages_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_recent_messages_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_recent_messages_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_recently_accessed_mentors_list(
        self,
        org: str,
        user_id: str,
    ) -> list[RecentlyAccessedMentor]:
        """Endpoint for listing most recently accessed mentors.

        Accessible to students and admins.
        Returns:
        200: List of most recently accessed mentors.
        400: When request is not valid.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/recently-accessed-mentors/`` (operation ``ai_mentor_orgs_users_recently_accessed_mentors_list``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[RecentlyAccessedMentor]
        """

        from .ai_mentor_orgs_users_recently_accessed_mentors_list import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_recently_accessed_mentors_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[RecentlyAccessedMentor]]:
        """Like `ai_mentor_orgs_users_recently_accessed_mentors_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_recently_accessed_mentors_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_recommend_courses_block_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        include_learner_skills: bool | Unset = UNSET,
        include_main_courses: bool | Unset = UNSET,
        rank_by_difficulty: bool | Unset = UNSET,
        return_course_data: bool | Unset = UNSET,
        return_number: int | Unset = UNSET,
        search_terms: str | Unset = UNSET,
    ) -> RecommendCourseBlock:
        """Retrieve recommended course blocks for a specific user.

        Args:
        request: The HTTP request containing query parameters.
        org: The organization/tenant identifier.
        user_id: The ID of the user to get recommendations for.

        Returns:
        Response: A list of recommended course blocks.

        Raises:
        BadRequest: If the query parameters are invalid.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/recommend-courses-block/`` (operation ``ai_mentor_orgs_users_recommend_courses_block_retrieve``)

        Args:
            org (str):
            user_id (str):
            include_learner_skills (bool | Unset): Include available learner skills for search
            include_main_courses (bool | Unset): Include courses from the main tenant
            rank_by_difficulty (bool | Unset): Rank by course difficulty
            return_course_data (bool | Unset): Return course data
            return_number (int | Unset): Number of courses to return
            search_terms (str | Unset): Terms to be searched

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RecommendCourseBlock
        """

        from .ai_mentor_orgs_users_recommend_courses_block_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            include_learner_skills=include_learner_skills,
            include_main_courses=include_main_courses,
            rank_by_difficulty=rank_by_difficulty,
            return_course_data=return_course_data,
            return_number=return_number,
            search_terms=search_terms,
            client=self._client,
        )

    async def ai_mentor_orgs_users_recommend_courses_block_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        include_learner_skills: bool | Unset = UNSET,
        include_main_courses: bool | Unset = UNSET,
        rank_by_difficulty: bool | Unset = UNSET,
        return_course_data: bool | Unset = UNSET,
        return_number: int | Unset = UNSET,
        search_terms: str | Unset = UNSET,
    ) -> Response[RecommendCourseBlock]:
        """Like `ai_mentor_orgs_users_recommend_courses_block_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_recommend_courses_block_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            include_learner_skills=include_learner_skills,
            include_main_courses=include_main_courses,
            rank_by_difficulty=rank_by_difficulty,
            return_course_data=return_course_data,
            return_number=return_number,
            search_terms=search_terms,
            client=self._client,
        )

    async def ai_mentor_orgs_users_recommend_courses_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        include_learner_skills: bool | Unset = UNSET,
        include_main_courses: bool | Unset = UNSET,
        rank_by_difficulty: bool | Unset = UNSET,
        return_course_data: bool | Unset = UNSET,
        return_number: int | Unset = UNSET,
        search_terms: str | Unset = UNSET,
    ) -> RecommendCourseResponse:
        """Retrieve recommended courses for a specific user.

        Args:
        request: The HTTP request containing query parameters.
        org: The organization/tenant identifier.
        user_id: The ID of the user to get recommendations for.

        Returns:
        Response: A list of recommended courses.

        Raises:
        BadRequest: If the query parameters are invalid.
        NotFound: If the OpenAI API key for the tenant is not found.
        TooManyRequests: If rate limits are exceeded.
        ServerError: If there's an error processing the AI response.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/recommend-courses/`` (operation ``ai_mentor_orgs_users_recommend_courses_retrieve``)

        Args:
            org (str):
            user_id (str):
            include_learner_skills (bool | Unset): Include available learner skills for search
            include_main_courses (bool | Unset): Include courses from the main tenant
            rank_by_difficulty (bool | Unset): Rank by course difficulty
            return_course_data (bool | Unset): Return course data
            return_number (int | Unset): Number of courses to return
            search_terms (str | Unset): Terms to be searched

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RecommendCourseResponse
        """

        from .ai_mentor_orgs_users_recommend_courses_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            include_learner_skills=include_learner_skills,
            include_main_courses=include_main_courses,
            rank_by_difficulty=rank_by_difficulty,
            return_course_data=return_course_data,
            return_number=return_number,
            search_terms=search_terms,
            client=self._client,
        )

    async def ai_mentor_orgs_users_recommend_courses_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        include_learner_skills: bool | Unset = UNSET,
        include_main_courses: bool | Unset = UNSET,
        rank_by_difficulty: bool | Unset = UNSET,
        return_course_data: bool | Unset = UNSET,
        return_number: int | Unset = UNSET,
        search_terms: str | Unset = UNSET,
    ) -> Response[RecommendCourseResponse]:
        """Like `ai_mentor_orgs_users_recommend_courses_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_recommend_courses_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            include_learner_skills=include_learner_skills,
            include_main_courses=include_main_courses,
            rank_by_difficulty=rank_by_difficulty,
            return_course_data=return_course_data,
            return_number=return_number,
            search_terms=search_terms,
            client=self._client,
        )

    async def ai_mentor_orgs_users_resources_web_create(
        self,
        org: str,
        user_id: str,
        *,
        body: WebResourcesQuery,
    ) -> list[WebResource]:
        """Search for web resources based on a query.

        Args:
        request: The HTTP request containing the search query.
        org: The organization/tenant identifier.
        user_id: The ID of the user making the request.

        Returns:
        Response: A list of web resources matching the query.

        Raises:
        ValidationError: If the search fails or returns no results.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/resources/web/`` (operation ``ai_mentor_orgs_users_resources_web_create``)

        Args:
            org (str):
            user_id (str):
            body (WebResourcesQuery):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[WebResource]
        """

        from .ai_mentor_orgs_users_resources_web_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_resources_web_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: WebResourcesQuery,
    ) -> Response[list[WebResource]]:
        """Like `ai_mentor_orgs_users_resources_web_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_resources_web_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_safety_logs_list(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedModerationLogList:
        """Endpoint to view and delete Safety System Logs for a tenant.

        These can be filtered by username, platform_key and

        mentor id
        A search query can be conducted to search through the prompts and reason for the moderation
        catch event.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/`` (operation ``ai_mentor_orgs_users_safety_logs_list``)

        Args:
            org (str):
            user_id (str):
            mentor (int | Unset):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            platform_key (str | Unset):
            search (str | Unset): A search term.
            target_system (AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset): * `Safety System` -
                Safety System
                * `Moderation System` - Moderation System
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedModerationLogList
        """

        from .ai_mentor_orgs_users_safety_logs_list import asyncio

        return await asyncio(
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
        )

    async def ai_mentor_orgs_users_safety_logs_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedModerationLogList]:
        """Like `ai_mentor_orgs_users_safety_logs_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_safety_logs_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_safety_logs_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ModerationLog]:
        """Every `ModerationLog` of `ai_mentor_orgs_users_safety_logs_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_safety_logs_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_safety_logs_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> ModerationLog:
        """Endpoint to view and delete Safety System Logs for a tenant.

        These can be filtered by username, platform_key and

        mentor id
        A search query can be conducted to search through the prompts and reason for the moderation
        catch event.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/{id}/`` (operation ``ai_mentor_orgs_users_safety_logs_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this moderation log.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ModerationLog
        """

        from .ai_mentor_orgs_users_safety_logs_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_safety_logs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[ModerationLog]:
        """Like `ai_mentor_orgs_users_safety_logs_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_safety_logs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_safety_logs_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Endpoint to view and delete Safety System Logs for a tenant.

        These can be filtered by username, platform_key and

        mentor id
        A search query can be conducted to search through the prompts and reason for the moderation
        catch event.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/{id}/`` (operation ``ai_mentor_orgs_users_safety_logs_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this moderation log.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_safety_logs_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_safety_logs_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_safety_logs_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_safety_logs_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_session_detail_mentors_list(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        page: int | Unset = UNSET,
    ) -> list[SessionDetail]:
        """Retrieve session details including message counts and timestamps.

        Query Parameters:
        page (optional, int): Page number for pagination.

        Returns:
        - 200: Paginated list of session details.
        - 404: Session not found.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/session-detail/mentors/{mentor}/`` (operation ``ai_mentor_orgs_users_session_detail_mentors_list``)

        Args:
            org (str):
            user_id (str):
            mentor (str):
            page (int | Unset): Page number for pagination

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[SessionDetail]
        """

        from .ai_mentor_orgs_users_session_detail_mentors_list import asyncio

        return await asyncio(
            org,
            user_id,
            mentor,
            page=page,
            client=self._client,
        )

    async def ai_mentor_orgs_users_session_detail_mentors_list_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        page: int | Unset = UNSET,
    ) -> Response[list[SessionDetail]]:
        """Like `ai_mentor_orgs_users_session_detail_mentors_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_session_detail_mentors_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor,
            page=page,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessionid_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> list[ChatHistorySessionId]:
        """Retrieve user sessions filtered by start date and end date.

        Query Parameters:
        start_date (optional, ISO format): Start date for filtering sessions.
        end_date (optional, ISO format): End date for filtering sessions.

        Returns:
        - 200: List of session IDs with insertion timestamps.
        - 400: Invalid request parameters.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessionid/`` (operation ``ai_mentor_orgs_users_sessionid_list``)

        Args:
            org (str):
            user_id (str):
            end_date (str | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[ChatHistorySessionId]
        """

        from .ai_mentor_orgs_users_sessionid_list import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessionid_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[list[ChatHistorySessionId]]:
        """Like `ai_mentor_orgs_users_sessionid_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_sessionid_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_create(
        self,
        org: str,
        user_id: str,
        *,
        body: ChatSessionRequest,
    ) -> ChatSessionResponse:
        """Retrieve or create a chat session with a mentor.

        Passing `null` as `tools` results in using all tools assigned to the mentor. To specify that no
        tools be used, pass an empty list.

        Args:
        request: HTTP request containing mentor details.
        org: Organization key identifier.
        user_id (optional): Username for authentication (if required by the mentor).

        Returns:
        Response: JSON object containing the session ID.

        Raises:
        Http404: If the mentor is not found.
        ValidationError: If the username is invalid.
        ValidationError: If one or more tool slugs are invalid.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/`` (operation ``ai_mentor_orgs_users_sessions_create``)

        Args:
            org (str):
            user_id (str):
            body (ChatSessionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ChatSessionResponse
        """

        from .ai_mentor_orgs_users_sessions_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: ChatSessionRequest,
    ) -> Response[ChatSessionResponse]:
        """Like `ai_mentor_orgs_users_sessions_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_sessions_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        share: bool | Unset = UNSET,
    ) -> MessageView:
        """Retrieve Chat Messages

        Fetches chat messages for a specific session.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/`` (operation ``ai_mentor_orgs_users_sessions_retrieve``)

        Args:
            org (str):
            user_id (str):
            session_id (str):
            share (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MessageView
        """

        from .ai_mentor_orgs_users_sessions_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            share=share,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        share: bool | Unset = UNSET,
    ) -> Response[MessageView]:
        """Like `ai_mentor_orgs_users_sessions_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_sessions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            share=share,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_update(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: MessageViewRequest | Unset = UNSET,
    ) -> MessageViewUpdatResponse:
        """Update the title of a chat session and its tools

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/`` (operation ``ai_mentor_orgs_users_sessions_update``)

        Args:
            org (str):
            user_id (str):
            session_id (str):
            body (MessageViewRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MessageViewUpdatResponse
        """

        from .ai_mentor_orgs_users_sessions_update import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_update_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: MessageViewRequest | Unset = UNSET,
    ) -> Response[MessageViewUpdatResponse]:
        """Like `ai_mentor_orgs_users_sessions_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_sessions_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_destroy(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Any:
        """Deletes all messages in a chat session.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/`` (operation ``ai_mentor_orgs_users_sessions_destroy``)

        Args:
            org (str):
            user_id (str):
            session_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_sessions_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_destroy_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_sessions_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_sessions_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_browser_screenshot_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> SessionBrowserScreenshot:
        """Endpoint to fetch the logs of a session. Logs are cached for up to 1 hour of their creation:
        accessing the logs after an hour will result in an empty data.

        This is intentional and made to avoid cases where logs bloat our in-memory db.

        Accessible to tenant admins and students.

        Url Args:
        org (str): The organization's platform key.
        user_id (str): The username

        identifier of the individual.
        session_id (str): The session id.

        Returns:
        200: a SessionBrowserScreenshot object

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/browser-screenshot/`` (operation ``ai_mentor_orgs_users_sessions_browser_screenshot_retrieve``)

        Args:
            org (str):
            user_id (str):
            session_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SessionBrowserScreenshot
        """

        from .ai_mentor_orgs_users_sessions_browser_screenshot_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_browser_screenshot_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[SessionBrowserScreenshot]:
        """Like `ai_mentor_orgs_users_sessions_browser_screenshot_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_sessions_browser_screenshot_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_download_session_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Any:
        """Retrieves the chat history for a session as a plain text file.

        Returns:
        200: txt file containing coversation

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/download-session`` (operation ``ai_mentor_orgs_users_sessions_download_session_retrieve``)

        Args:
            org (str):
            user_id (str):
            session_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_sessions_download_session_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_download_session_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_sessions_download_session_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_sessions_download_session_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_memory_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> SessionMemoryStorage:
        """Retrieve memory data for a specific session.

        This endpoint returns the memory components (knowledge gaps, lessons learned, help requests)
        that were generated during the specified chat session.

        Args:
        org: The organization/tenant identifier.
        user_id: The ID of the user who owns the session.
        session_id: The ID of the session to retrieve memory for.

        Returns:
        Response: The memory data associated with the session.

        Raises:
        NotFound: If the session does not exist or does not belong to the user.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memory/`` (operation ``ai_mentor_orgs_users_sessions_memory_retrieve``)

        Args:
            org (str):
            user_id (str):
            session_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SessionMemoryStorage
        """

        from .ai_mentor_orgs_users_sessions_memory_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[SessionMemoryStorage]:
        """Like `ai_mentor_orgs_users_sessions_memory_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_sessions_memory_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_shell_logs_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> ShellLogs:
        """Retrieve shell logs for a specific session.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user who owns the session.
        session_id: The ID of the session to retrieve logs for.

        Returns:
        Response: The shell logs for the specified session.

        Raises:
        NotFound: If the specified session does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shell-logs/`` (operation ``ai_mentor_orgs_users_sessions_shell_logs_retrieve``)

        Args:
            org (str):
            user_id (str):
            session_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ShellLogs
        """

        from .ai_mentor_orgs_users_sessions_shell_logs_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_shell_logs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[ShellLogs]:
        """Like `ai_mentor_orgs_users_sessions_shell_logs_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_sessions_shell_logs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_suggestion_list(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        num_questions: int | Unset = UNSET,
    ) -> list[RelatedText]:
        """Retrieve a list of related questions based on a chat session.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/suggestion`` (operation ``ai_mentor_orgs_users_sessions_suggestion_list``)

        Args:
            org (str):
            user_id (str):
            session_id (str):
            num_questions (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[RelatedText]
        """

        from .ai_mentor_orgs_users_sessions_suggestion_list import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            num_questions=num_questions,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_suggestion_list_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        num_questions: int | Unset = UNSET,
    ) -> Response[list[RelatedText]]:
        """Like `ai_mentor_orgs_users_sessions_suggestion_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_sessions_suggestion_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            num_questions=num_questions,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_tasks_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
        task_id: str,
        *,
        to_csv: bool | Unset = UNSET,
    ) -> ChatHistoryItem:
        """Retrieves the chat history for a given session if the export task is ready.

        Returns:
        200: When task is not ready.
        200: chat history object
        400: When data is not valid.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/tasks/{task_id}/`` (operation ``ai_mentor_orgs_users_sessions_tasks_retrieve``)

        Args:
            org (str):
            user_id (str):
            session_id (str):
            task_id (str):
            to_csv (bool | Unset): Choose download in csv or not

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ChatHistoryItem
        """

        from .ai_mentor_orgs_users_sessions_tasks_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            task_id,
            to_csv=to_csv,
            client=self._client,
        )

    async def ai_mentor_orgs_users_sessions_tasks_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        task_id: str,
        *,
        to_csv: bool | Unset = UNSET,
    ) -> Response[ChatHistoryItem]:
        """Like `ai_mentor_orgs_users_sessions_tasks_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_sessions_tasks_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            task_id,
            to_csv=to_csv,
            client=self._client,
        )

    async def ai_mentor_orgs_users_settings_tenant_llm_list(
        self,
        org: str,
        user_id: str,
    ) -> list[LLMModelForTenant]:
        """Retrieve all LLM models assigned to a specific tenant.

        Args:
        request: The HTTP request.
        org: The unique identifier of the tenant.

        Returns:
        Response: A list of LLM models assigned to the tenant.

        Raises:
        NotFound: If the specified tenant does not have any associated models.
        ValidationError: If an unexpected error occurs.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/settings/tenant-llm/`` (operation ``ai_mentor_orgs_users_settings_tenant_llm_list``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[LLMModelForTenant]
        """

        from .ai_mentor_orgs_users_settings_tenant_llm_list import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_settings_tenant_llm_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[LLMModelForTenant]]:
        """Like `ai_mentor_orgs_users_settings_tenant_llm_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_settings_tenant_llm_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_settings_tenant_llm_create(
        self,
        org: str,
        user_id: str,
        *,
        body: LLMModelForTenantRequest,
    ) -> LLMModelForTenant:
        """Create or update an LLM model for a tenant.

        Accessible only to tenant administrators.

        Args:
        request: The HTTP request containing LLM model details.
        org: The unique identifier of the tenant.

        Returns:
        Response: Details of the newly created or updated LLM model.

        Raises:
        ValidationError: If request data is invalid.
        NotFound: If the tenant does not exist.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/settings/tenant-llm/`` (operation ``ai_mentor_orgs_users_settings_tenant_llm_create``)

        Args:
            org (str):
            user_id (str):
            body (LLMModelForTenantRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LLMModelForTenant
        """

        from .ai_mentor_orgs_users_settings_tenant_llm_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_settings_tenant_llm_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: LLMModelForTenantRequest,
    ) -> Response[LLMModelForTenant]:
        """Like `ai_mentor_orgs_users_settings_tenant_llm_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_settings_tenant_llm_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_starred_mentors_list(
        self,
        org: str,
        user_id: str,
    ) -> list[StarMentor]:
        """Retrieve a list of mentors starred by a specific user.

        Args:
        request: The HTTP request.
        org: The organization/tenant identifier.
        user_id: The ID of the user to retrieve starred mentors for.

        Returns:
        Response: A list of the user's starred mentors, sorted by most recently accessed.

        Raises:
        NotFound: If the specified student does not exist.
        BadRequest: If the request is invalid.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/starred-mentors/`` (operation ``ai_mentor_orgs_users_starred_mentors_list``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[StarMentor]
        """

        from .ai_mentor_orgs_users_starred_mentors_list import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_starred_mentors_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[StarMentor]]:
        """Like `ai_mentor_orgs_users_starred_mentors_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_starred_mentors_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sender: str | Unset = UNSET,
        ticket: float | Unset = UNSET,
    ) -> PaginatedTicketMessageList:
        """ViewSet for managing ticket messages.

        This ViewSet provides endpoints to retrieve, create, and update ticket messages.

        Permissions:
        - Platform Admins:
        - Platform admins are able to view all ticket messages for the tenant.
        - Students:
        - Students are able to view all ticket messages for only the ticket they are associated with.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_list``)

        Args:
            org (str):
            user_id (str):
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            sender (str | Unset):
            ticket (float | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedTicketMessageList
        """

        from .ai_mentor_orgs_users_support_ticket_messages_list import asyncio

        return await asyncio(
            org,
            user_id,
            page=page,
            page_size=page_size,
            sender=sender,
            ticket=ticket,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sender: str | Unset = UNSET,
        ticket: float | Unset = UNSET,
    ) -> Response[PaginatedTicketMessageList]:
        """Like `ai_mentor_orgs_users_support_ticket_messages_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_ticket_messages_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            sender=sender,
            ticket=ticket,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sender: str | Unset = UNSET,
        ticket: float | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[TicketMessage]:
        """Every `TicketMessage` of `ai_mentor_orgs_users_support_ticket_messages_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_support_ticket_messages_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            page=page,
            page_size=page_size,
            sender=sender,
            ticket=ticket,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TicketMessageRequest,
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.

        This ViewSet provides endpoints to retrieve, create, and update ticket messages.

        Permissions:
        - Platform Admins:
        - Platform admins are able to view all ticket messages for the tenant.
        - Students:
        - Students are able to view all ticket messages for only the ticket they are associated with.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_create``)

        Args:
            org (str):
            user_id (str):
            body (TicketMessageRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TicketMessage
        """

        from .ai_mentor_orgs_users_support_ticket_messages_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TicketMessageRequest,
    ) -> Response[TicketMessage]:
        """Like `ai_mentor_orgs_users_support_ticket_messages_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_ticket_messages_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.

        This ViewSet provides endpoints to retrieve, create, and update ticket messages.

        Permissions:
        - Platform Admins:
        - Platform admins are able to view all ticket messages for the tenant.
        - Students:
        - Students are able to view all ticket messages for only the ticket they are associated with.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this ticket message.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TicketMessage
        """

        from .ai_mentor_orgs_users_support_ticket_messages_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[TicketMessage]:
        """Like `ai_mentor_orgs_users_support_ticket_messages_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_ticket_messages_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: TicketMessageRequest,
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.

        This ViewSet provides endpoints to retrieve, create, and update ticket messages.

        Permissions:
        - Platform Admins:
        - Platform admins are able to view all ticket messages for the tenant.
        - Students:
        - Students are able to view all ticket messages for only the ticket they are associated with.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this ticket message.
            body (TicketMessageRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TicketMessage
        """

        from .ai_mentor_orgs_users_support_ticket_messages_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: TicketMessageRequest,
    ) -> Response[TicketMessage]:
        """Like `ai_mentor_orgs_users_support_ticket_messages_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_ticket_messages_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """ViewSet for managing ticket messages.

        This ViewSet provides endpoints to retrieve, create, and update ticket messages.

        Permissions:
        - Platform Admins:
        - Platform admins are able to view all ticket messages for the tenant.
        - Students:
        - Students are able to view all ticket messages for only the ticket they are associated with.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this ticket message.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_support_ticket_messages_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_support_ticket_messages_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_ticket_messages_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedTicketMessageRequest | Unset = UNSET,
    ) -> TicketMessage:
        """ViewSet for managing ticket messages.

        This ViewSet provides endpoints to retrieve, create, and update ticket messages.

        Permissions:
        - Platform Admins:
        - Platform admins are able to view all ticket messages for the tenant.
        - Students:
        - Students are able to view all ticket messages for only the ticket they are associated with.

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/`` (operation ``ai_mentor_orgs_users_support_ticket_messages_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this ticket message.
            body (PatchedTicketMessageRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TicketMessage
        """

        from .ai_mentor_orgs_users_support_ticket_messages_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_ticket_messages_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedTicketMessageRequest | Unset = UNSET,
    ) -> Response[TicketMessage]:
        """Like `ai_mentor_orgs_users_support_ticket_messages_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_ticket_messages_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_tickets_list(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: float | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        session: str | Unset = UNSET,
        status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedHumanSupportTicketList:
        """ViewSet for managing Human Support Tickets.

        This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.

        Permissions:
        Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the tenant.
        - Platform admins can only update the `subject`, `description` and `status` fields.
        Students:
        - Students are only able to view their own created tickets.
        - students can modify only the `subject` and `description` entries
        Field Updates:
        - subject: Modifiable by both student and platform admin
        - description: Modifiable by only student.
        - status: Modifiable by only platform admin.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/`` (operation ``ai_mentor_orgs_users_support_tickets_list``)

        Args:
            org (str):
            user_id (str):
            mentor_id (float | Unset):
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            session (str | Unset):
            status (AiMentorOrgsUsersSupportTicketsListStatus | Unset): * `open` - Open
                * `in_progress` - In Progress
                * `closed` - Closed
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedHumanSupportTicketList
        """

        from .ai_mentor_orgs_users_support_tickets_list import asyncio

        return await asyncio(
            org,
            user_id,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            session=session,
            status=status,
            username=username,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_tickets_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: float | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        session: str | Unset = UNSET,
        status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedHumanSupportTicketList]:
        """Like `ai_mentor_orgs_users_support_tickets_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_tickets_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            session=session,
            status=status,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: float | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        session: str | Unset = UNSET,
        status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[HumanSupportTicket]:
        """Every `HumanSupportTicket` of `ai_mentor_orgs_users_support_tickets_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_support_tickets_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            session=session,
            status=status,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_support_tickets_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> HumanSupportTicket:
        """ViewSet for managing Human Support Tickets.

        This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.

        Permissions:
        Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the tenant.
        - Platform admins can only update the `subject`, `description` and `status` fields.
        Students:
        - Students are only able to view their own created tickets.
        - students can modify only the `subject` and `description` entries
        Field Updates:
        - subject: Modifiable by both student and platform admin
        - description: Modifiable by only student.
        - status: Modifiable by only platform admin.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this human support ticket.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            HumanSupportTicket
        """

        from .ai_mentor_orgs_users_support_tickets_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_tickets_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[HumanSupportTicket]:
        """Like `ai_mentor_orgs_users_support_tickets_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_tickets_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_tickets_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: HumanSupportTicketRequest,
    ) -> HumanSupportTicket:
        """ViewSet for managing Human Support Tickets.

        This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.

        Permissions:
        Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the tenant.
        - Platform admins can only update the `subject`, `description` and `status` fields.
        Students:
        - Students are only able to view their own created tickets.
        - students can modify only the `subject` and `description` entries
        Field Updates:
        - subject: Modifiable by both student and platform admin
        - description: Modifiable by only student.
        - status: Modifiable by only platform admin.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this human support ticket.
            body (HumanSupportTicketRequest): serializer interface intended for students/ non-admin
                users. This limits students to only update the subject and description of a ticket.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            HumanSupportTicket
        """

        from .ai_mentor_orgs_users_support_tickets_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_tickets_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: HumanSupportTicketRequest,
    ) -> Response[HumanSupportTicket]:
        """Like `ai_mentor_orgs_users_support_tickets_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_tickets_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_tickets_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """ViewSet for managing Human Support Tickets.

        This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.

        Permissions:
        Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the tenant.
        - Platform admins can only update the `subject`, `description` and `status` fields.
        Students:
        - Students are only able to view their own created tickets.
        - students can modify only the `subject` and `description` entries
        Field Updates:
        - subject: Modifiable by both student and platform admin
        - description: Modifiable by only student.
        - status: Modifiable by only platform admin.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this human support ticket.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_support_tickets_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_tickets_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_support_tickets_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_tickets_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_tickets_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedHumanSupportTicketRequest | Unset = UNSET,
    ) -> HumanSupportTicket:
        """ViewSet for managing Human Support Tickets.

        This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.

        Permissions:
        Platform Admins:
        - Platform admins are able to update the ticket status, and view all tickets for the tenant.
        - Platform admins can only update the `subject`, `description` and `status` fields.
        Students:
        - Students are only able to view their own created tickets.
        - students can modify only the `subject` and `description` entries
        Field Updates:
        - subject: Modifiable by both student and platform admin
        - description: Modifiable by only student.
        - status: Modifiable by only platform admin.

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/`` (operation ``ai_mentor_orgs_users_support_tickets_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this human support ticket.
            body (PatchedHumanSupportTicketRequest | Unset): serializer interface intended for
                students/ non-admin users. This limits students to only update the subject and description
                of a ticket.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            HumanSupportTicket
        """

        from .ai_mentor_orgs_users_support_tickets_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_tickets_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedHumanSupportTicketRequest | Unset = UNSET,
    ) -> Response[HumanSupportTicket]:
        """Like `ai_mentor_orgs_users_support_tickets_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_tickets_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_tickets_close_create(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """Endpoint to close a Human support ticket.

        This endpoint is used to close a Human support ticket.

        Permissions:
        - available to both platform admins and the student who created the ticket.

        Returns:
        Response: A response object containing the closed ticket data.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/close/`` (operation ``ai_mentor_orgs_users_support_tickets_close_create``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this human support ticket.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_support_tickets_close_create import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_support_tickets_close_create_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_support_tickets_close_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_support_tickets_close_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_tasks_sessions_create(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: TaskView,
    ) -> TaskView:
        """Export chat history for a session.

        Returns:
        200: Task ID for the export operation.

        ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/tasks/sessions/{session_id}/`` (operation ``ai_mentor_orgs_users_tasks_sessions_create``)

        Args:
            org (str):
            user_id (str):
            session_id (str):
            body (TaskView):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TaskView
        """

        from .ai_mentor_orgs_users_tasks_sessions_create import asyncio

        return await asyncio(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_tasks_sessions_create_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: TaskView,
    ) -> Response[TaskView]:
        """Like `ai_mentor_orgs_users_tasks_sessions_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_tasks_sessions_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    async def ai_mentor_orgs_users_tasks_retrieve(
        self,
        org: str,
        user_id: str,
        task_id: str,
    ) -> RetrieveTask:
        """Retrieves the status of a task using its task ID.

        Accessible to both tenant admins and students.

        Returns:
        200: task id

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/tasks/{task_id}`` (operation ``ai_mentor_orgs_users_tasks_retrieve``)

        Args:
            org (str):
            user_id (str):
            task_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RetrieveTask
        """

        from .ai_mentor_orgs_users_tasks_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            task_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_tasks_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        task_id: str,
    ) -> Response[RetrieveTask]:
        """Like `ai_mentor_orgs_users_tasks_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_tasks_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            task_id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_voices_list(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedVoiceList:
        """Retrieve a list of available voice options.

        Args:
        request: The HTTP request.

        Returns:
        Response: A list of available voice options.

        Raises:
        NotFound: If no voice options are available.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/voices/`` (operation ``ai_mentor_orgs_users_voices_list``)

        Args:
            org (str):
            user_id (str):
            ordering (str | Unset): Which field to use when ordering the results.
            page (int | Unset): A page number within the paginated result set.
            page_size (int | Unset): Number of results to return per page.
            provider (AiMentorOrgsUsersVoicesListProvider | Unset): * `openai` - Openai
                * `google` - Google
                * `elevenlabs` - Elevenlabs
            search (str | Unset): A search term.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedVoiceList
        """

        from .ai_mentor_orgs_users_voices_list import asyncio

        return await asyncio(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            client=self._client,
        )

    async def ai_mentor_orgs_users_voices_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedVoiceList]:
        """Like `ai_mentor_orgs_users_voices_list`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_voices_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_users_voices_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Voice]:
        """Every `Voice` of `ai_mentor_orgs_users_voices_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_voices_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_mentor_orgs_users_voices_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Voice:
        """Retrieve details of a specific voice option.

        Args:
        request: The HTTP request.
        pk: The primary key of the voice option to retrieve.

        Returns:
        Response: The details of the specified voice option.

        Raises:
        NotFound: If the specified voice option does not exist.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/voices/{id}/`` (operation ``ai_mentor_orgs_users_voices_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int): A unique integer value identifying this voice.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Voice
        """

        from .ai_mentor_orgs_users_voices_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_voices_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Voice]:
        """Like `ai_mentor_orgs_users_voices_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_voices_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_mentor_orgs_users_retrieve(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Mentor:
        """API ViewSet for managing mentors.

        Provides endpoints to retrieve, create, update, and delete mentor data.

        Permissions:
        - Accessible to both tenant admins and students.

        ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/{name}/`` (operation ``ai_mentor_orgs_users_retrieve``)

        Args:
            org (str):
            user_id (str):
            name (str):
            department_id (int | Unset): Department to filter by
            filter_by (str | Unset): Filter options include, date, name, default is date
            metadata_key (str | Unset): Metadata key to be queried with
            metadata_value (str | Unset): Metadata value to be filter for
            return_session_information (bool | Unset): Declares if session information should be
                included in the mentor data
            visibility (str | Unset): visibility type

                to be queried with

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Mentor
        """

        from .ai_mentor_orgs_users_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            name,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    async def ai_mentor_orgs_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Mentor]:
        """Like `ai_mentor_orgs_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            name,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    async def ai_mentor_orgs_users_update(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        body: MentorCreateRequest,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Mentor:
        """Update a mentor's details with RBAC enforcement and custom serializer handling.

        ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/{name}/`` (operation ``ai_mentor_orgs_users_update``)

        Args:
            org (str):
            user_id (str):
            name (str):
            department_id (int | Unset): Department to filter by
            filter_by (str | Unset): Filter options include, date, name, default is date
            metadata_key (str | Unset): Metadata key to be queried with
            metadata_value (str | Unset): Metadata value to be filter for
            return_session_information (bool | Unset): Declares if session information should be
                included in the mentor data
            visibility (str | Unset): visibility type

                to be queried with
            body (MentorCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Mentor
        """

        from .ai_mentor_orgs_users_update import asyncio

        return await asyncio(
            org,
            user_id,
            name,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    async def ai_mentor_orgs_users_update_detailed(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        body: MentorCreateRequest,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Mentor]:
        """Like `ai_mentor_orgs_users_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            name,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    async def ai_mentor_orgs_users_destroy(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Any:
        """Soft delete a mentor.

        ``DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/{name}/`` (operation ``ai_mentor_orgs_users_destroy``)

        Args:
            org (str):
            user_id (str):
            name (str):
            department_id (int | Unset): Department to filter by
            filter_by (str | Unset): Filter options include, date, name, default is date
            metadata_key (str | Unset): Metadata key to be queried with
            metadata_value (str | Unset): Metadata value to be filter for
            return_session_information (bool | Unset): Declares if session information should be
                included in the mentor data
            visibility (str | Unset): visibility type

                to be queried with

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_users_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            name,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    async def ai_mentor_orgs_users_destroy_detailed(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_users_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            name,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    async def ai_mentor_orgs_users_partial_update(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        body: PatchedMentorCreateRequest | Unset = UNSET,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> MentorCreate:
        """API ViewSet for managing mentors.

        Provides endpoints to retrieve, create, update, and delete mentor data.

        Permissions:
        - Accessible to both tenant admins and students.

        ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/{name}/`` (operation ``ai_mentor_orgs_users_partial_update``)

        Args:
            org (str):
            user_id (str):
            name (str):
            department_id (int | Unset): Department to filter by
            filter_by (str | Unset): Filter options include, date, name, default is date
            metadata_key (str | Unset): Metadata key to be queried with
            metadata_value (str | Unset): Metadata value to be filter for
            return_session_information (bool | Unset): Declares if session information should be
                included in the mentor data
            visibility (str | Unset): visibility type

                to be queried with
            body (PatchedMentorCreateRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorCreate
        """

        from .ai_mentor_orgs_users_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            name,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    async def ai_mentor_orgs_users_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        body: PatchedMentorCreateRequest | Unset = UNSET,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[MentorCreate]:
        """Like `ai_mentor_orgs_users_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_users_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            name,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    async def ai_mentor_orgs_webhooks_azure_trigger_create(
        self,
        org: str,
        slug: str,
    ) -> Any:
        """``POST /api/ai-mentor/orgs/{org}/webhooks/azure/trigger/{slug}/`` (operation ``ai_mentor_orgs_webhooks_azure_trigger_create``)

        Args:
            org (str):
            slug (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_webhooks_azure_trigger_create import asyncio

        return await asyncio(
            org,
            slug,
            client=self._client,
        )

    async def ai_mentor_orgs_webhooks_azure_trigger_create_detailed(
        self,
        org: str,
        slug: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_webhooks_azure_trigger_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_webhooks_azure_trigger_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            slug,
            client=self._client,
        )

    async def ai_mentor_orgs_webhooks_github_pullrequest_create(
        self,
        org: str,
    ) -> Any:
        """Handle incoming POST requests from GitHub webhook for pull requests.

        Args:
        request: The HTTP request object containing the webhook payload.
        org: the organizaion name.

        Returns:
        Response: A response indicating the result of processing the webhook event.

        ``POST /api/ai-mentor/orgs/{org}/webhooks/github/pullrequest/`` (operation ``ai_mentor_orgs_webhooks_github_pullrequest_create``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_orgs_webhooks_github_pullrequest_create import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def ai_mentor_orgs_webhooks_github_pullrequest_create_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `ai_mentor_orgs_webhooks_github_pullrequest_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_orgs_webhooks_github_pullrequest_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def ai_mentor_webhooks_azure_emailchat_create(
        self,
    ) -> Any:
        """``POST /api/ai-mentor/webhooks/azure/emailchat/`` (operation ``ai_mentor_webhooks_azure_emailchat_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_mentor_webhooks_azure_emailchat_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def ai_mentor_webhooks_azure_emailchat_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `ai_mentor_webhooks_azure_emailchat_create`, returning the whole `Response` and raising no status error."""
        from .ai_mentor_webhooks_azure_emailchat_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )


class AiMentorApi:
    """The ``ai_mentor`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def ai_mentor_orgs_all_triggers_retrieve(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_all_triggers_retrieve`."""
        from .ai_mentor_orgs_all_triggers_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def ai_mentor_orgs_all_triggers_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_all_triggers_retrieve_detailed`."""
        from .ai_mentor_orgs_all_triggers_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def ai_mentor_orgs_mentors_email_inbox_summary_retrieve(
        self,
        org: str,
        mentor: str,
    ) -> EmailPromptSummary:
        """See `AsyncAiMentorApi.ai_mentor_orgs_mentors_email_inbox_summary_retrieve`."""
        from .ai_mentor_orgs_mentors_email_inbox_summary_retrieve import sync

        return sync(
            org,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_mentors_email_inbox_summary_retrieve_detailed(
        self,
        org: str,
        mentor: str,
    ) -> Response[EmailPromptSummary]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_mentors_email_inbox_summary_retrieve_detailed`."""
        from .ai_mentor_orgs_mentors_email_inbox_summary_retrieve import sync_detailed

        return sync_detailed(
            org,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_mentors_email_inbox_list(
        self,
        org: str,
        mentor: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedEmailPromptListList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_mentors_email_inbox_list`."""
        from .ai_mentor_orgs_mentors_email_inbox_list import sync

        return sync(
            org,
            mentor,
            page=page,
            page_size=page_size,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_mentors_email_inbox_list_detailed(
        self,
        org: str,
        mentor: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedEmailPromptListList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_mentors_email_inbox_list_detailed`."""
        from .ai_mentor_orgs_mentors_email_inbox_list import sync_detailed

        return sync_detailed(
            org,
            mentor,
            page=page,
            page_size=page_size,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_mentors_email_inbox_list_iter(
        self,
        org: str,
        mentor: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[EmailPromptList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_mentors_email_inbox_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_mentors_email_inbox_list import sync

        return paginate(
            sync,
            org,
            mentor,
            page=page,
            page_size=page_size,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_mentors_email_inbox_retrieve(
        self,
        org: str,
        mentor: str,
        email_prompt_id: int,
    ) -> EmailPromptDetail:
        """See `AsyncAiMentorApi.ai_mentor_orgs_mentors_email_inbox_retrieve`."""
        from .ai_mentor_orgs_mentors_email_inbox_retrieve import sync

        return sync(
            org,
            mentor,
            email_prompt_id,
            client=self._client,
        )

    def ai_mentor_orgs_mentors_email_inbox_retrieve_detailed(
        self,
        org: str,
        mentor: str,
        email_prompt_id: int,
    ) -> Response[EmailPromptDetail]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_mentors_email_inbox_retrieve_detailed`."""
        from .ai_mentor_orgs_mentors_email_inbox_retrieve import sync_detailed

        return sync_detailed(
            org,
            mentor,
            email_prompt_id,
            client=self._client,
        )

    def ai_mentor_orgs_mentors_link_course_retrieve(
        self,
        org: str,
        mentor: str,
    ) -> LinkCourseResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_mentors_link_course_retrieve`."""
        from .ai_mentor_orgs_mentors_link_course_retrieve import sync

        return sync(
            org,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_mentors_link_course_retrieve_detailed(
        self,
        org: str,
        mentor: str,
    ) -> Response[LinkCourseResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_mentors_link_course_retrieve_detailed`."""
        from .ai_mentor_orgs_mentors_link_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_mentors_link_course_create(
        self,
        org: str,
        mentor: str,
        *,
        body: LinkCourseRequest,
    ) -> LinkCourseResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_mentors_link_course_create`."""
        from .ai_mentor_orgs_mentors_link_course_create import sync

        return sync(
            org,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_mentors_link_course_create_detailed(
        self,
        org: str,
        mentor: str,
        *,
        body: LinkCourseRequest,
    ) -> Response[LinkCourseResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_mentors_link_course_create_detailed`."""
        from .ai_mentor_orgs_mentors_link_course_create import sync_detailed

        return sync_detailed(
            org,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_metadata_create(
        self,
        org: str,
        *,
        body: MentorMetadata,
    ) -> MentorMetadata:
        """See `AsyncAiMentorApi.ai_mentor_orgs_metadata_create`."""
        from .ai_mentor_orgs_metadata_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_metadata_create_detailed(
        self,
        org: str,
        *,
        body: MentorMetadata,
    ) -> Response[MentorMetadata]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_metadata_create_detailed`."""
        from .ai_mentor_orgs_metadata_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_quiz_customizer_retrieve(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_quiz_customizer_retrieve`."""
        from .ai_mentor_orgs_quiz_customizer_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def ai_mentor_orgs_quiz_customizer_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_quiz_customizer_retrieve_detailed`."""
        from .ai_mentor_orgs_quiz_customizer_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def ai_mentor_orgs_quiz_customizer_create(
        self,
        org: str,
        *,
        body: QuestionRequest,
    ) -> QuestionResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_quiz_customizer_create`."""
        from .ai_mentor_orgs_quiz_customizer_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_quiz_customizer_create_detailed(
        self,
        org: str,
        *,
        body: QuestionRequest,
    ) -> Response[QuestionResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_quiz_customizer_create_detailed`."""
        from .ai_mentor_orgs_quiz_customizer_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_sessions_create(
        self,
        org: str,
        *,
        body: ChatSessionRequest,
    ) -> ChatSessionResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_sessions_create`."""
        from .ai_mentor_orgs_sessions_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_sessions_create_detailed(
        self,
        org: str,
        *,
        body: ChatSessionRequest,
    ) -> Response[ChatSessionResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_sessions_create_detailed`."""
        from .ai_mentor_orgs_sessions_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_trigger_templates_retrieve(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_trigger_templates_retrieve`."""
        from .ai_mentor_orgs_trigger_templates_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def ai_mentor_orgs_trigger_templates_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_trigger_templates_retrieve_detailed`."""
        from .ai_mentor_orgs_trigger_templates_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def ai_mentor_orgs_trigger_create(
        self,
        org: str,
        *,
        body: TriggerRequest,
    ) -> TriggerResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_trigger_create`."""
        from .ai_mentor_orgs_trigger_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_trigger_create_detailed(
        self,
        org: str,
        *,
        body: TriggerRequest,
    ) -> Response[TriggerResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_trigger_create_detailed`."""
        from .ai_mentor_orgs_trigger_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_trigger_retrieve(
        self,
        org: str,
        slug: str,
    ) -> TriggerResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_trigger_retrieve`."""
        from .ai_mentor_orgs_trigger_retrieve import sync

        return sync(
            org,
            slug,
            client=self._client,
        )

    def ai_mentor_orgs_trigger_retrieve_detailed(
        self,
        org: str,
        slug: str,
    ) -> Response[TriggerResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_trigger_retrieve_detailed`."""
        from .ai_mentor_orgs_trigger_retrieve import sync_detailed

        return sync_detailed(
            org,
            slug,
            client=self._client,
        )

    def ai_mentor_orgs_trigger_deletion_create(
        self,
        org: str,
        slug: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_trigger_deletion_create`."""
        from .ai_mentor_orgs_trigger_deletion_create import sync

        return sync(
            org,
            slug,
            client=self._client,
        )

    def ai_mentor_orgs_trigger_deletion_create_detailed(
        self,
        org: str,
        slug: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_trigger_deletion_create_detailed`."""
        from .ai_mentor_orgs_trigger_deletion_create import sync_detailed

        return sync_detailed(
            org,
            slug,
            client=self._client,
        )

    def ai_mentor_orgs_users_list(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> PaginatedMentorList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_list`."""
        from .ai_mentor_orgs_users_list import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            page=page,
            page_size=page_size,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[PaginatedMentorList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_list_detailed`."""
        from .ai_mentor_orgs_users_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            page=page,
            page_size=page_size,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Mentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_list import sync

        return paginate(
            sync,
            org,
            user_id,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            page=page,
            page_size=page_size,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCreateRequest,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Mentor:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_create`."""
        from .ai_mentor_orgs_users_create import sync

        return sync(
            org,
            user_id,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCreateRequest,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Mentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_create_detailed`."""
        from .ai_mentor_orgs_users_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_generated_images_list(
        self,
        org: str,
        user_id: str,
        *,
        model: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedAIGeneratedImageList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_generated_images_list`."""
        from .ai_mentor_orgs_users_ai_generated_images_list import sync

        return sync(
            org,
            user_id,
            model=model,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_generated_images_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        model: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedAIGeneratedImageList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_generated_images_list_detailed`."""
        from .ai_mentor_orgs_users_ai_generated_images_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            model=model,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_generated_images_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        model: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[AIGeneratedImage]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_generated_images_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_ai_generated_images_list import sync

        return paginate(
            sync,
            org,
            user_id,
            model=model,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_ai_generated_images_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> AIGeneratedImage:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_generated_images_retrieve`."""
        from .ai_mentor_orgs_users_ai_generated_images_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_generated_images_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[AIGeneratedImage]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_generated_images_retrieve_detailed`."""
        from .ai_mentor_orgs_users_ai_generated_images_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_generated_images_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_generated_images_destroy`."""
        from .ai_mentor_orgs_users_ai_generated_images_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_generated_images_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_generated_images_destroy_detailed`."""
        from .ai_mentor_orgs_users_ai_generated_images_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_user_profile_memory_list(
        self,
        org: str,
        user_id: str,
    ) -> list[AIUserProfileMemoryRelation]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_user_profile_memory_list`."""
        from .ai_mentor_orgs_users_ai_user_profile_memory_list import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_user_profile_memory_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[AIUserProfileMemoryRelation]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_user_profile_memory_list_detailed`."""
        from .ai_mentor_orgs_users_ai_user_profile_memory_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_user_profile_memory_create(
        self,
        org: str,
        user_id: str,
        *,
        body: AIUserProfileRequest,
    ) -> AIUserProfileMemoryRelation:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_user_profile_memory_create`."""
        from .ai_mentor_orgs_users_ai_user_profile_memory_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_user_profile_memory_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: AIUserProfileRequest,
    ) -> Response[AIUserProfileMemoryRelation]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_user_profile_memory_create_detailed`."""
        from .ai_mentor_orgs_users_ai_user_profile_memory_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_user_profile_memory_destroy(
        self,
        org: str,
        user_id: str,
        tag: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_user_profile_memory_destroy`."""
        from .ai_mentor_orgs_users_ai_user_profile_memory_destroy import sync

        return sync(
            org,
            user_id,
            tag,
            client=self._client,
        )

    def ai_mentor_orgs_users_ai_user_profile_memory_destroy_detailed(
        self,
        org: str,
        user_id: str,
        tag: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_ai_user_profile_memory_destroy_detailed`."""
        from .ai_mentor_orgs_users_ai_user_profile_memory_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            tag,
            client=self._client,
        )

    def ai_mentor_orgs_users_assumed_knowledge_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> AssumedKnowledge:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_assumed_knowledge_retrieve`."""
        from .ai_mentor_orgs_users_assumed_knowledge_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_assumed_knowledge_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[AssumedKnowledge]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_assumed_knowledge_retrieve_detailed`."""
        from .ai_mentor_orgs_users_assumed_knowledge_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_assumed_knowledge_create(
        self,
        org: str,
        user_id: str,
        *,
        body: AssumedKnowledge,
    ) -> AssumedKnowledge:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_assumed_knowledge_create`."""
        from .ai_mentor_orgs_users_assumed_knowledge_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_assumed_knowledge_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: AssumedKnowledge,
    ) -> Response[AssumedKnowledge]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_assumed_knowledge_create_detailed`."""
        from .ai_mentor_orgs_users_assumed_knowledge_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_audio_to_text_create(
        self,
        org: str,
        user_id: str,
        *,
        body: AudioToTextRequest,
    ) -> AudioToTextResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_audio_to_text_create`."""
        from .ai_mentor_orgs_users_audio_to_text_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_audio_to_text_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: AudioToTextRequest,
    ) -> Response[AudioToTextResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_audio_to_text_create_detailed`."""
        from .ai_mentor_orgs_users_audio_to_text_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_available_template_mentors_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> TemplateMentor:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_available_template_mentors_retrieve`."""
        from .ai_mentor_orgs_users_available_template_mentors_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_available_template_mentors_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[TemplateMentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_available_template_mentors_retrieve_detailed`."""
        from .ai_mentor_orgs_users_available_template_mentors_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_call_configurations_list(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        mode: AiMentorOrgsUsersCallConfigurationsListMode | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> list[CallConfiguration]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_call_configurations_list`."""
        from .ai_mentor_orgs_users_call_configurations_list import sync

        return sync(
            org,
            user_id,
            mentor=mentor,
            mode=mode,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_users_call_configurations_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        mode: AiMentorOrgsUsersCallConfigurationsListMode | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[list[CallConfiguration]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_call_configurations_list_detailed`."""
        from .ai_mentor_orgs_users_call_configurations_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor=mentor,
            mode=mode,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_users_call_configurations_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CallConfigurationRequest,
    ) -> CallConfiguration:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_call_configurations_create`."""
        from .ai_mentor_orgs_users_call_configurations_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_call_configurations_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CallConfigurationRequest,
    ) -> Response[CallConfiguration]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_call_configurations_create_detailed`."""
        from .ai_mentor_orgs_users_call_configurations_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_call_configurations_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CallConfiguration:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_call_configurations_retrieve`."""
        from .ai_mentor_orgs_users_call_configurations_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_call_configurations_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CallConfiguration]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_call_configurations_retrieve_detailed`."""
        from .ai_mentor_orgs_users_call_configurations_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_call_configurations_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CallConfigurationRequest,
    ) -> CallConfiguration:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_call_configurations_update`."""
        from .ai_mentor_orgs_users_call_configurations_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_call_configurations_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CallConfigurationRequest,
    ) -> Response[CallConfiguration]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_call_configurations_update_detailed`."""
        from .ai_mentor_orgs_users_call_configurations_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_call_configurations_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCallConfigurationRequest | Unset = UNSET,
    ) -> CallConfiguration:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_call_configurations_partial_update`."""
        from .ai_mentor_orgs_users_call_configurations_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_call_configurations_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCallConfigurationRequest | Unset = UNSET,
    ) -> Response[CallConfiguration]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_call_configurations_partial_update_detailed`."""
        from .ai_mentor_orgs_users_call_configurations_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_list(
        self,
        org: str,
        user_id: str,
        *,
        audience: int | Unset = UNSET,
        audience_name: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> list[MentorCategoryGroup]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_list`."""
        from .ai_mentor_orgs_users_category_groups_list import sync

        return sync(
            org,
            user_id,
            audience=audience,
            audience_name=audience_name,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        audience: int | Unset = UNSET,
        audience_name: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[list[MentorCategoryGroup]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_list_detailed`."""
        from .ai_mentor_orgs_users_category_groups_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            audience=audience,
            audience_name=audience_name,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCategoryGroupCreateRequest,
    ) -> MentorCategoryGroup:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_create`."""
        from .ai_mentor_orgs_users_category_groups_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCategoryGroupCreateRequest,
    ) -> Response[MentorCategoryGroup]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_create_detailed`."""
        from .ai_mentor_orgs_users_category_groups_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> MentorCategoryGroup:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_retrieve`."""
        from .ai_mentor_orgs_users_category_groups_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[MentorCategoryGroup]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_retrieve_detailed`."""
        from .ai_mentor_orgs_users_category_groups_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MentorCategoryGroupCreateRequest,
    ) -> MentorCategoryGroupCreate:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_update`."""
        from .ai_mentor_orgs_users_category_groups_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MentorCategoryGroupCreateRequest,
    ) -> Response[MentorCategoryGroupCreate]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_update_detailed`."""
        from .ai_mentor_orgs_users_category_groups_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_destroy`."""
        from .ai_mentor_orgs_users_category_groups_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_destroy_detailed`."""
        from .ai_mentor_orgs_users_category_groups_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMentorCategoryGroupCreateRequest | Unset = UNSET,
    ) -> MentorCategoryGroupCreate:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_partial_update`."""
        from .ai_mentor_orgs_users_category_groups_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_category_groups_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMentorCategoryGroupCreateRequest | Unset = UNSET,
    ) -> Response[MentorCategoryGroupCreate]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_category_groups_partial_update_detailed`."""
        from .ai_mentor_orgs_users_category_groups_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_clean_vector_results_list(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> list[VectorResult]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_clean_vector_results_list`."""
        from .ai_mentor_orgs_users_clean_vector_results_list import sync

        return sync(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_clean_vector_results_list_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[list[VectorResult]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_clean_vector_results_list_detailed`."""
        from .ai_mentor_orgs_users_clean_vector_results_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_clean_vector_results_create(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: list[VectorResult],
    ) -> list[VectorResult]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_clean_vector_results_create`."""
        from .ai_mentor_orgs_users_clean_vector_results_create import sync

        return sync(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_clean_vector_results_create_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: list[VectorResult],
    ) -> Response[list[VectorResult]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_clean_vector_results_create_detailed`."""
        from .ai_mentor_orgs_users_clean_vector_results_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_clear_chathistory_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_clear_chathistory_destroy`."""
        from .ai_mentor_orgs_users_clear_chathistory_destroy import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_clear_chathistory_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_clear_chathistory_destroy_detailed`."""
        from .ai_mentor_orgs_users_clear_chathistory_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedCourseCreationTaskFileList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_list`."""
        from .ai_mentor_orgs_users_course_creation_task_files_list import sync

        return sync(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedCourseCreationTaskFileList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_list_detailed`."""
        from .ai_mentor_orgs_users_course_creation_task_files_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseCreationTaskFile]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_task_files_list import sync

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

    def ai_mentor_orgs_users_course_creation_task_files_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> CourseCreationTaskFile:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_create`."""
        from .ai_mentor_orgs_users_course_creation_task_files_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> Response[CourseCreationTaskFile]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_create_detailed`."""
        from .ai_mentor_orgs_users_course_creation_task_files_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTaskFile:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_task_files_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTaskFile]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_task_files_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> CourseCreationTaskFile:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_update`."""
        from .ai_mentor_orgs_users_course_creation_task_files_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> Response[CourseCreationTaskFile]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_task_files_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_destroy`."""
        from .ai_mentor_orgs_users_course_creation_task_files_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_destroy_detailed`."""
        from .ai_mentor_orgs_users_course_creation_task_files_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
    ) -> CourseCreationTaskFile:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_partial_update`."""
        from .ai_mentor_orgs_users_course_creation_task_files_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_task_files_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
    ) -> Response[CourseCreationTaskFile]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_task_files_partial_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_task_files_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedCourseCreationTaskList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_list`."""
        from .ai_mentor_orgs_users_course_creation_tasks_list import sync

        return sync(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedCourseCreationTaskList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_list_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseCreationTask]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_tasks_list import sync

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

    def ai_mentor_orgs_users_course_creation_tasks_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskRequest,
    ) -> CourseCreationTask:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskRequest,
    ) -> Response[CourseCreationTask]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_tasks_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_destroy`."""
        from .ai_mentor_orgs_users_course_creation_tasks_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_destroy_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> FullCourse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[FullCourse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskRequest,
    ) -> FullCourse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskRequest,
    ) -> Response[FullCourse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_start_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_start_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_tasks_start_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_start_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_start_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_start_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_list(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> PaginatedUnitList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_list`."""
        from .ai_mentor_orgs_users_course_creation_component_list import sync

        return sync(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> Response[PaginatedUnitList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_list_detailed`."""
        from .ai_mentor_orgs_users_course_creation_component_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Unit]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_component_list import sync

        return paginate(
            sync,
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_course_creation_component_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UnitRequest,
    ) -> Unit:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_create`."""
        from .ai_mentor_orgs_users_course_creation_component_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UnitRequest,
    ) -> Response[Unit]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_create_detailed`."""
        from .ai_mentor_orgs_users_course_creation_component_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Unit:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_component_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Unit]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_component_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Unit:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_update`."""
        from .ai_mentor_orgs_users_course_creation_component_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Response[Unit]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_component_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_destroy`."""
        from .ai_mentor_orgs_users_course_creation_component_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_destroy_detailed`."""
        from .ai_mentor_orgs_users_course_creation_component_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedUnitRequest | Unset = UNSET,
    ) -> Unit:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_partial_update`."""
        from .ai_mentor_orgs_users_course_creation_component_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedUnitRequest | Unset = UNSET,
    ) -> Response[Unit]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_partial_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_component_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_draft_content_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_draft_content_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_component_draft_content_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_draft_content_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_draft_content_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_component_draft_content_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_draft_content_create(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_draft_content_create`."""
        from .ai_mentor_orgs_users_course_creation_component_draft_content_create import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_component_draft_content_create_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_component_draft_content_create_detailed`."""
        from .ai_mentor_orgs_users_course_creation_component_draft_content_create import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_list(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> PaginatedEdxCourseList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_list`."""
        from .ai_mentor_orgs_users_course_creation_course_list import sync

        return sync(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> Response[PaginatedEdxCourseList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_list_detailed`."""
        from .ai_mentor_orgs_users_course_creation_course_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[EdxCourse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_course_list import sync

        return paginate(
            sync,
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_course_creation_course_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> EdxCourse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_course_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[EdxCourse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_destroy`."""
        from .ai_mentor_orgs_users_course_creation_course_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_destroy_detailed`."""
        from .ai_mentor_orgs_users_course_creation_course_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve import (
            sync,
        )

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_full_structure_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> FullCourse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_full_structure_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_course_full_structure_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_full_structure_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[FullCourse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_full_structure_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_course_full_structure_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_course_load_from_edx_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedCourseCreationTaskFileList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_list`."""
        from .ai_mentor_orgs_users_course_creation_files_list import sync

        return sync(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedCourseCreationTaskFileList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_list_detailed`."""
        from .ai_mentor_orgs_users_course_creation_files_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseCreationTaskFile]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_files_list import sync

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

    def ai_mentor_orgs_users_course_creation_files_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> CourseCreationTaskFile:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_create`."""
        from .ai_mentor_orgs_users_course_creation_files_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> Response[CourseCreationTaskFile]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_create_detailed`."""
        from .ai_mentor_orgs_users_course_creation_files_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTaskFile:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_files_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTaskFile]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_files_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> CourseCreationTaskFile:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_update`."""
        from .ai_mentor_orgs_users_course_creation_files_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskFileRequest,
    ) -> Response[CourseCreationTaskFile]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_files_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_destroy`."""
        from .ai_mentor_orgs_users_course_creation_files_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_destroy_detailed`."""
        from .ai_mentor_orgs_users_course_creation_files_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
    ) -> CourseCreationTaskFile:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_partial_update`."""
        from .ai_mentor_orgs_users_course_creation_files_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_files_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedCourseCreationTaskFileRequest | Unset = UNSET,
    ) -> Response[CourseCreationTaskFile]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_files_partial_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_files_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_list(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> PaginatedSectionList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_list`."""
        from .ai_mentor_orgs_users_course_creation_section_list import sync

        return sync(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> Response[PaginatedSectionList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_list_detailed`."""
        from .ai_mentor_orgs_users_course_creation_section_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        task: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Section]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_section_list import sync

        return paginate(
            sync,
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            task=task,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_course_creation_section_create(
        self,
        org: str,
        user_id: str,
        *,
        body: SectionRequest,
    ) -> Section:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_create`."""
        from .ai_mentor_orgs_users_course_creation_section_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: SectionRequest,
    ) -> Response[Section]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_create_detailed`."""
        from .ai_mentor_orgs_users_course_creation_section_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Section:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_section_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Section]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_section_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: SectionRequest,
    ) -> Section:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_update`."""
        from .ai_mentor_orgs_users_course_creation_section_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: SectionRequest,
    ) -> Response[Section]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_section_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_destroy`."""
        from .ai_mentor_orgs_users_course_creation_section_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_destroy_detailed`."""
        from .ai_mentor_orgs_users_course_creation_section_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedSectionRequest | Unset = UNSET,
    ) -> Section:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_partial_update`."""
        from .ai_mentor_orgs_users_course_creation_section_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_section_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedSectionRequest | Unset = UNSET,
    ) -> Response[Section]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_section_partial_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_section_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_list(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> PaginatedSubSectionList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_list`."""
        from .ai_mentor_orgs_users_course_creation_subsection_list import sync

        return sync(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> Response[PaginatedSubSectionList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_list_detailed`."""
        from .ai_mentor_orgs_users_course_creation_subsection_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        task: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[SubSection]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_subsection_list import sync

        return paginate(
            sync,
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            task=task,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_course_creation_subsection_create(
        self,
        org: str,
        user_id: str,
        *,
        body: SubSectionRequest,
    ) -> SubSection:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_create`."""
        from .ai_mentor_orgs_users_course_creation_subsection_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: SubSectionRequest,
    ) -> Response[SubSection]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_create_detailed`."""
        from .ai_mentor_orgs_users_course_creation_subsection_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> SubSection:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_subsection_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[SubSection]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_subsection_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: SubSectionRequest,
    ) -> SubSection:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_update`."""
        from .ai_mentor_orgs_users_course_creation_subsection_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: SubSectionRequest,
    ) -> Response[SubSection]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_subsection_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_destroy`."""
        from .ai_mentor_orgs_users_course_creation_subsection_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_destroy_detailed`."""
        from .ai_mentor_orgs_users_course_creation_subsection_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedSubSectionRequest | Unset = UNSET,
    ) -> SubSection:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_partial_update`."""
        from .ai_mentor_orgs_users_course_creation_subsection_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_subsection_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedSubSectionRequest | Unset = UNSET,
    ) -> Response[SubSection]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_subsection_partial_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_subsection_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_list2(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedCourseCreationTaskList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_list2`."""
        from .ai_mentor_orgs_users_course_creation_tasks_list2 import sync

        return sync(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_list2_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedCourseCreationTaskList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_list2_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_list2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_list2_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[CourseCreationTask]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_list2_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_tasks_list2 import sync

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

    def ai_mentor_orgs_users_course_creation_tasks_create2(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskRequest,
    ) -> CourseCreationTask:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create2`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create2 import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_create2_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CourseCreationTaskRequest,
    ) -> Response[CourseCreationTask]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create2_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_retrieve2(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_retrieve2`."""
        from .ai_mentor_orgs_users_course_creation_tasks_retrieve2 import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_retrieve2_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_destroy2(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_destroy2`."""
        from .ai_mentor_orgs_users_course_creation_tasks_destroy2 import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_destroy2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_destroy2_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_destroy2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2`."""
        from .ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2 import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> FullCourse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2 import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[FullCourse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve2 import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskRequest,
    ) -> FullCourse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2 import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: CourseCreationTaskRequest,
    ) -> Response[FullCourse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create2 import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_start_retrieve2(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> CourseCreationTask:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_start_retrieve2`."""
        from .ai_mentor_orgs_users_course_creation_tasks_start_retrieve2 import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_tasks_start_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[CourseCreationTask]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_tasks_start_retrieve2_detailed`."""
        from .ai_mentor_orgs_users_course_creation_tasks_start_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_list(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> PaginatedUnitList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_list`."""
        from .ai_mentor_orgs_users_course_creation_unit_list import sync

        return sync(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
    ) -> Response[PaginatedUnitList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_list_detailed`."""
        from .ai_mentor_orgs_users_course_creation_unit_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        course: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        section: int | Unset = UNSET,
        subsection: int | Unset = UNSET,
        task: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Unit]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_course_creation_unit_list import sync

        return paginate(
            sync,
            org,
            user_id,
            course=course,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            section=section,
            subsection=subsection,
            task=task,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_course_creation_unit_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UnitRequest,
    ) -> Unit:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_create`."""
        from .ai_mentor_orgs_users_course_creation_unit_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UnitRequest,
    ) -> Response[Unit]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_create_detailed`."""
        from .ai_mentor_orgs_users_course_creation_unit_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Unit:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_unit_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Unit]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_unit_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Unit:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_update`."""
        from .ai_mentor_orgs_users_course_creation_unit_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Response[Unit]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_unit_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_destroy`."""
        from .ai_mentor_orgs_users_course_creation_unit_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_destroy_detailed`."""
        from .ai_mentor_orgs_users_course_creation_unit_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedUnitRequest | Unset = UNSET,
    ) -> Unit:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_partial_update`."""
        from .ai_mentor_orgs_users_course_creation_unit_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedUnitRequest | Unset = UNSET,
    ) -> Response[Unit]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_partial_update_detailed`."""
        from .ai_mentor_orgs_users_course_creation_unit_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve`."""
        from .ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve_detailed`."""
        from .ai_mentor_orgs_users_course_creation_unit_draft_content_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_draft_content_create(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_draft_content_create`."""
        from .ai_mentor_orgs_users_course_creation_unit_draft_content_create import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_course_creation_unit_draft_content_create_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: UnitRequest,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_course_creation_unit_draft_content_create_detailed`."""
        from .ai_mentor_orgs_users_course_creation_unit_draft_content_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_create_mentor_wizard_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorWizard,
    ) -> Mentor:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_create_mentor_wizard_create`."""
        from .ai_mentor_orgs_users_create_mentor_wizard_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_create_mentor_wizard_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorWizard,
    ) -> Response[Mentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_create_mentor_wizard_create_detailed`."""
        from .ai_mentor_orgs_users_create_mentor_wizard_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_custom_instruction_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> CustomInstructionResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_custom_instruction_retrieve`."""
        from .ai_mentor_orgs_users_custom_instruction_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_custom_instruction_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[CustomInstructionResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_custom_instruction_retrieve_detailed`."""
        from .ai_mentor_orgs_users_custom_instruction_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_custom_instruction_update(
        self,
        org: str,
        user_id: str,
        *,
        body: CustomInstructionResponseRequest | Unset = UNSET,
    ) -> CustomInstructionResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_custom_instruction_update`."""
        from .ai_mentor_orgs_users_custom_instruction_update import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_custom_instruction_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CustomInstructionResponseRequest | Unset = UNSET,
    ) -> Response[CustomInstructionResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_custom_instruction_update_detailed`."""
        from .ai_mentor_orgs_users_custom_instruction_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_custom_instruction_create(
        self,
        org: str,
        user_id: str,
        *,
        body: CustomInstructionResponseRequest | Unset = UNSET,
    ) -> CustomInstructionResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_custom_instruction_create`."""
        from .ai_mentor_orgs_users_custom_instruction_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_custom_instruction_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: CustomInstructionResponseRequest | Unset = UNSET,
    ) -> Response[CustomInstructionResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_custom_instruction_create_detailed`."""
        from .ai_mentor_orgs_users_custom_instruction_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_downloads_tasks_retrieve(
        self,
        org: str,
        user_id: str,
        task_id: str,
        *,
        to_csv: bool | Unset = UNSET,
    ) -> ChatHistoryItem:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_downloads_tasks_retrieve`."""
        from .ai_mentor_orgs_users_downloads_tasks_retrieve import sync

        return sync(
            org,
            user_id,
            task_id,
            to_csv=to_csv,
            client=self._client,
        )

    def ai_mentor_orgs_users_downloads_tasks_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        task_id: str,
        *,
        to_csv: bool | Unset = UNSET,
    ) -> Response[ChatHistoryItem]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_downloads_tasks_retrieve_detailed`."""
        from .ai_mentor_orgs_users_downloads_tasks_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            task_id,
            to_csv=to_csv,
            client=self._client,
        )

    def ai_mentor_orgs_users_edx_memory_list(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        student: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedUserEdxMemoryList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_edx_memory_list`."""
        from .ai_mentor_orgs_users_edx_memory_list import sync

        return sync(
            org,
            user_id,
            course_id=course_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            student=student,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_edx_memory_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        student: int | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedUserEdxMemoryList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_edx_memory_list_detailed`."""
        from .ai_mentor_orgs_users_edx_memory_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id=course_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            student=student,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_edx_memory_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        course_id: str | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        student: int | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[UserEdxMemory]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_edx_memory_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_edx_memory_list import sync

        return paginate(
            sync,
            org,
            user_id,
            course_id=course_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            student=student,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_edx_memory_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> UserEdxMemory:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_edx_memory_retrieve`."""
        from .ai_mentor_orgs_users_edx_memory_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_edx_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[UserEdxMemory]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_edx_memory_retrieve_detailed`."""
        from .ai_mentor_orgs_users_edx_memory_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_edx_memory_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_edx_memory_destroy`."""
        from .ai_mentor_orgs_users_edx_memory_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_edx_memory_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_edx_memory_destroy_detailed`."""
        from .ai_mentor_orgs_users_edx_memory_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_elevenlabs_voice_list(
        self,
        org: str,
        user_id: str,
    ) -> list[ElevenlabsCustomVoiceResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_elevenlabs_voice_list`."""
        from .ai_mentor_orgs_users_elevenlabs_voice_list import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_elevenlabs_voice_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[ElevenlabsCustomVoiceResponse]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_elevenlabs_voice_list_detailed`."""
        from .ai_mentor_orgs_users_elevenlabs_voice_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_elevenlabs_voice_create(
        self,
        org: str,
        user_id: str,
        *,
        body: ElevenlabsCustomVoice,
    ) -> ElevenlabsCustomVoiceResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_elevenlabs_voice_create`."""
        from .ai_mentor_orgs_users_elevenlabs_voice_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_elevenlabs_voice_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: ElevenlabsCustomVoice,
    ) -> Response[ElevenlabsCustomVoiceResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_elevenlabs_voice_create_detailed`."""
        from .ai_mentor_orgs_users_elevenlabs_voice_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_elevenlabs_voice_destroy(
        self,
        org: str,
        user_id: str,
        voice_name: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_elevenlabs_voice_destroy`."""
        from .ai_mentor_orgs_users_elevenlabs_voice_destroy import sync

        return sync(
            org,
            user_id,
            voice_name,
            client=self._client,
        )

    def ai_mentor_orgs_users_elevenlabs_voice_destroy_detailed(
        self,
        org: str,
        user_id: str,
        voice_name: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_elevenlabs_voice_destroy_detailed`."""
        from .ai_mentor_orgs_users_elevenlabs_voice_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            voice_name,
            client=self._client,
        )

    def ai_mentor_orgs_users_export_chathistory_create(
        self,
        org: str,
        user_id: str,
    ) -> TaskView:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_export_chathistory_create`."""
        from .ai_mentor_orgs_users_export_chathistory_create import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_export_chathistory_create_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[TaskView]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_export_chathistory_create_detailed`."""
        from .ai_mentor_orgs_users_export_chathistory_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_free_usage_count_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> FreeUsageCount:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_free_usage_count_retrieve`."""
        from .ai_mentor_orgs_users_free_usage_count_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_free_usage_count_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[FreeUsageCount]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_free_usage_count_retrieve_detailed`."""
        from .ai_mentor_orgs_users_free_usage_count_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedMCPServerList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_list`."""
        from .ai_mentor_orgs_users_mcp_servers_list import sync

        return sync(
            org,
            user_id,
            page=page,
            page_size=page_size,
            platform=platform,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedMCPServerList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_list_detailed`."""
        from .ai_mentor_orgs_users_mcp_servers_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            platform=platform,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform: int | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[MCPServer]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_mcp_servers_list import sync

        return paginate(
            sync,
            org,
            user_id,
            page=page,
            page_size=page_size,
            platform=platform,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_mcp_servers_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MCPServerRequest,
    ) -> MCPServer:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_create`."""
        from .ai_mentor_orgs_users_mcp_servers_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MCPServerRequest,
    ) -> Response[MCPServer]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_create_detailed`."""
        from .ai_mentor_orgs_users_mcp_servers_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> MCPServer:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_retrieve`."""
        from .ai_mentor_orgs_users_mcp_servers_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[MCPServer]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mcp_servers_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MCPServerRequest,
    ) -> MCPServer:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_update`."""
        from .ai_mentor_orgs_users_mcp_servers_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: MCPServerRequest,
    ) -> Response[MCPServer]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_update_detailed`."""
        from .ai_mentor_orgs_users_mcp_servers_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_destroy`."""
        from .ai_mentor_orgs_users_mcp_servers_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_destroy_detailed`."""
        from .ai_mentor_orgs_users_mcp_servers_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMCPServerRequest | Unset = UNSET,
    ) -> MCPServer:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_partial_update`."""
        from .ai_mentor_orgs_users_mcp_servers_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mcp_servers_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedMCPServerRequest | Unset = UNSET,
    ) -> Response[MCPServer]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mcp_servers_partial_update_detailed`."""
        from .ai_mentor_orgs_users_mcp_servers_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_feedback_create_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatFeedbackRequest,
    ) -> UserChatFeedback:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_feedback_create_create`."""
        from .ai_mentor_orgs_users_mentor_feedback_create_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_feedback_create_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatFeedbackRequest,
    ) -> Response[UserChatFeedback]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_feedback_create_create_detailed`."""
        from .ai_mentor_orgs_users_mentor_feedback_create_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_feedback_retrieve(
        self,
        org: str,
        user_id: str,
        feedback_id: int,
    ) -> UserChatFeedback:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_feedback_retrieve`."""
        from .ai_mentor_orgs_users_mentor_feedback_retrieve import sync

        return sync(
            org,
            user_id,
            feedback_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_feedback_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        feedback_id: int,
    ) -> Response[UserChatFeedback]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_feedback_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentor_feedback_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            feedback_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_feedback_update(
        self,
        org: str,
        user_id: str,
        feedback_id: int,
        *,
        body: UserChatFeedbackRequest,
    ) -> UserChatFeedback:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_feedback_update`."""
        from .ai_mentor_orgs_users_mentor_feedback_update import sync

        return sync(
            org,
            user_id,
            feedback_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_feedback_update_detailed(
        self,
        org: str,
        user_id: str,
        feedback_id: int,
        *,
        body: UserChatFeedbackRequest,
    ) -> Response[UserChatFeedback]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_feedback_update_detailed`."""
        from .ai_mentor_orgs_users_mentor_feedback_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            feedback_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_llms_list(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: str | Unset = UNSET,
    ) -> list[LLMResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_llms_list`."""
        from .ai_mentor_orgs_users_mentor_llms_list import sync

        return sync(
            org,
            user_id,
            mentor_id=mentor_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_llms_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: str | Unset = UNSET,
    ) -> Response[list[LLMResponse]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_llms_list_detailed`."""
        from .ai_mentor_orgs_users_mentor_llms_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor_id=mentor_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_tools_list(
        self,
        org: str,
        user_id: str,
    ) -> list[ToolResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_tools_list`."""
        from .ai_mentor_orgs_users_mentor_tools_list import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_tools_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[ToolResponse]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_tools_list_detailed`."""
        from .ai_mentor_orgs_users_mentor_tools_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_with_settings_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorFromTemplateWithSettingRequest,
    ) -> Mentor:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_with_settings_create`."""
        from .ai_mentor_orgs_users_mentor_with_settings_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_with_settings_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorFromTemplateWithSettingRequest,
    ) -> Response[Mentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_with_settings_create_detailed`."""
        from .ai_mentor_orgs_users_mentor_with_settings_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_audience_list(
        self,
        org: str,
        user_id: str,
    ) -> list[MentorAudience]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_audience_list`."""
        from .ai_mentor_orgs_users_mentor_audience_list import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_audience_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[MentorAudience]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_audience_list_detailed`."""
        from .ai_mentor_orgs_users_mentor_audience_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_audience_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorAudienceRequest,
    ) -> MentorAudience:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_audience_create`."""
        from .ai_mentor_orgs_users_mentor_audience_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_audience_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorAudienceRequest,
    ) -> Response[MentorAudience]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_audience_create_detailed`."""
        from .ai_mentor_orgs_users_mentor_audience_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_audience_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_audience_destroy`."""
        from .ai_mentor_orgs_users_mentor_audience_destroy import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_audience_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_audience_destroy_detailed`."""
        from .ai_mentor_orgs_users_mentor_audience_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_categories_list(
        self,
        org: str,
        user_id: str,
    ) -> list[MentorCategory]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_categories_list`."""
        from .ai_mentor_orgs_users_mentor_categories_list import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_categories_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[MentorCategory]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_categories_list_detailed`."""
        from .ai_mentor_orgs_users_mentor_categories_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_categories_create(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCategoryCreateRequest,
    ) -> MentorCategory:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_categories_create`."""
        from .ai_mentor_orgs_users_mentor_categories_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_categories_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: MentorCategoryCreateRequest,
    ) -> Response[MentorCategory]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_categories_create_detailed`."""
        from .ai_mentor_orgs_users_mentor_categories_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_categories_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_categories_destroy`."""
        from .ai_mentor_orgs_users_mentor_categories_destroy import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_categories_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_categories_destroy_detailed`."""
        from .ai_mentor_orgs_users_mentor_categories_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_seed_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> SeedMentorsView:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_seed_retrieve`."""
        from .ai_mentor_orgs_users_mentor_seed_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentor_seed_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[SeedMentorsView]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentor_seed_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentor_seed_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Mentor:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_retrieve`."""
        from .ai_mentor_orgs_users_mentors_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[Mentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_available_tools_list(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> list[ToolResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_available_tools_list`."""
        from .ai_mentor_orgs_users_mentors_available_tools_list import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_available_tools_list_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[list[ToolResponse]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_available_tools_list_detailed`."""
        from .ai_mentor_orgs_users_mentors_available_tools_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_create_call_credentials_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: CallAuthenticationRequest,
    ) -> CallAuthenticationResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_create_call_credentials_create`."""
        from .ai_mentor_orgs_users_mentors_create_call_credentials_create import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_create_call_credentials_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: CallAuthenticationRequest,
    ) -> Response[CallAuthenticationResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_create_call_credentials_create_detailed`."""
        from .ai_mentor_orgs_users_mentors_create_call_credentials_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_current_memory_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MemoryComponentResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_current_memory_retrieve`."""
        from .ai_mentor_orgs_users_mentors_current_memory_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_current_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MemoryComponentResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_current_memory_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_current_memory_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_current_memory_update(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: QuestionRequest,
    ) -> QuestionResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_current_memory_update`."""
        from .ai_mentor_orgs_users_mentors_current_memory_update import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_current_memory_update_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: QuestionRequest,
    ) -> Response[QuestionResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_current_memory_update_detailed`."""
        from .ai_mentor_orgs_users_mentors_current_memory_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_custom_voice_tts_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_custom_voice_tts_create`."""
        from .ai_mentor_orgs_users_mentors_custom_voice_tts_create import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_custom_voice_tts_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_custom_voice_tts_create_detailed`."""
        from .ai_mentor_orgs_users_mentors_custom_voice_tts_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_custom_voice_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MentorCustomVoiceResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_custom_voice_retrieve`."""
        from .ai_mentor_orgs_users_mentors_custom_voice_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_custom_voice_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MentorCustomVoiceResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_custom_voice_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_custom_voice_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_custom_voice_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorCustomVoice,
    ) -> MentorCustomVoiceResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_custom_voice_create`."""
        from .ai_mentor_orgs_users_mentors_custom_voice_create import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_custom_voice_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorCustomVoice,
    ) -> Response[MentorCustomVoiceResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_custom_voice_create_detailed`."""
        from .ai_mentor_orgs_users_mentors_custom_voice_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_edit_scenarios_update(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorScenario,
    ) -> MentorScenario:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_edit_scenarios_update`."""
        from .ai_mentor_orgs_users_mentors_edit_scenarios_update import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_edit_scenarios_update_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorScenario,
    ) -> Response[MentorScenario]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_edit_scenarios_update_detailed`."""
        from .ai_mentor_orgs_users_mentors_edit_scenarios_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_fork_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorFork,
    ) -> Mentor:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_fork_create`."""
        from .ai_mentor_orgs_users_mentors_fork_create import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_fork_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorFork,
    ) -> Response[Mentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_fork_create_detailed`."""
        from .ai_mentor_orgs_users_mentors_fork_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_historical_memory_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MemoryComponentMemoryDetail:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_historical_memory_retrieve`."""
        from .ai_mentor_orgs_users_mentors_historical_memory_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_historical_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MemoryComponentMemoryDetail]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_historical_memory_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_historical_memory_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_memory_progress_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MemoryProgress:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_memory_progress_retrieve`."""
        from .ai_mentor_orgs_users_mentors_memory_progress_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_memory_progress_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MemoryProgress]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_memory_progress_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_memory_progress_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_memory_settings_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MentorMemorySettingsResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_memory_settings_retrieve`."""
        from .ai_mentor_orgs_users_mentors_memory_settings_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_memory_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MentorMemorySettingsResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_memory_settings_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_memory_settings_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_memory_settings_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorMemorySettingsRequest | Unset = UNSET,
    ) -> MentorMemorySettingsResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_memory_settings_create`."""
        from .ai_mentor_orgs_users_mentors_memory_settings_create import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_memory_settings_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorMemorySettingsRequest | Unset = UNSET,
    ) -> Response[MentorMemorySettingsResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_memory_settings_create_detailed`."""
        from .ai_mentor_orgs_users_mentors_memory_settings_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_mentor_eval_execution_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: RunMentorEval,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_mentor_eval_execution_create`."""
        from .ai_mentor_orgs_users_mentors_mentor_eval_execution_create import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_mentor_eval_execution_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: RunMentorEval,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_mentor_eval_execution_create_detailed`."""
        from .ai_mentor_orgs_users_mentors_mentor_eval_execution_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_mentor_eval_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MentorEval:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_mentor_eval_retrieve`."""
        from .ai_mentor_orgs_users_mentors_mentor_eval_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_mentor_eval_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MentorEval]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_mentor_eval_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_mentor_eval_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_mentor_eval_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorEvalRequest | Unset = UNSET,
    ) -> MentorEval:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_mentor_eval_create`."""
        from .ai_mentor_orgs_users_mentors_mentor_eval_create import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_mentor_eval_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorEvalRequest | Unset = UNSET,
    ) -> Response[MentorEval]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_mentor_eval_create_detailed`."""
        from .ai_mentor_orgs_users_mentors_mentor_eval_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_public_settings_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MentorSettingsPublic:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_public_settings_retrieve`."""
        from .ai_mentor_orgs_users_mentors_public_settings_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_public_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MentorSettingsPublic]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_public_settings_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_public_settings_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
        report_id: int,
    ) -> MentorEvalReport:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve`."""
        from .ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            report_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        report_id: int,
    ) -> Response[MentorEvalReport]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            report_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_scenarios_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> MentorScenario:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_scenarios_retrieve`."""
        from .ai_mentor_orgs_users_mentors_scenarios_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_scenarios_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[MentorScenario]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_scenarios_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_scenarios_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_settings_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        department_id: int | Unset = UNSET,
    ) -> MentorSettingsPublic:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_settings_retrieve`."""
        from .ai_mentor_orgs_users_mentors_settings_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            department_id=department_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        department_id: int | Unset = UNSET,
    ) -> Response[MentorSettingsPublic]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_settings_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_settings_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            department_id=department_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_settings_update(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorSettingsRequest | Unset = UNSET,
        department_id: int | Unset = UNSET,
    ) -> MentorSettings:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_settings_update`."""
        from .ai_mentor_orgs_users_mentors_settings_update import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            department_id=department_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_settings_update_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: MentorSettingsRequest | Unset = UNSET,
        department_id: int | Unset = UNSET,
    ) -> Response[MentorSettings]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_settings_update_detailed`."""
        from .ai_mentor_orgs_users_mentors_settings_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            department_id=department_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_sharable_link_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> ShareableMentorLink:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_sharable_link_retrieve`."""
        from .ai_mentor_orgs_users_mentors_sharable_link_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_sharable_link_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[ShareableMentorLink]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_sharable_link_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_sharable_link_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_sharable_link_update(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: ShareableMentorLinkRequest | Unset = UNSET,
    ) -> ShareableMentorLink:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_sharable_link_update`."""
        from .ai_mentor_orgs_users_mentors_sharable_link_update import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_sharable_link_update_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: ShareableMentorLinkRequest | Unset = UNSET,
    ) -> Response[ShareableMentorLink]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_sharable_link_update_detailed`."""
        from .ai_mentor_orgs_users_mentors_sharable_link_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_sharable_link_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: ShareableMentorLinkRequest | Unset = UNSET,
    ) -> ShareableMentorLink:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_sharable_link_create`."""
        from .ai_mentor_orgs_users_mentors_sharable_link_create import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_sharable_link_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: ShareableMentorLinkRequest | Unset = UNSET,
    ) -> Response[ShareableMentorLink]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_sharable_link_create_detailed`."""
        from .ai_mentor_orgs_users_mentors_sharable_link_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_sharable_link_destroy(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_sharable_link_destroy`."""
        from .ai_mentor_orgs_users_mentors_sharable_link_destroy import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_sharable_link_destroy_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_sharable_link_destroy_detailed`."""
        from .ai_mentor_orgs_users_mentors_sharable_link_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> SpacedRepetitionQuestionStats:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve`."""
        from .ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[SpacedRepetitionQuestionStats]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> list[QuestionCardTag]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list`."""
        from .ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[list[QuestionCardTag]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list_detailed`."""
        from .ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: SpacedRepetitionLearningPath,
    ) -> SpacedRepetitionLearningPath:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update`."""
        from .ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update import sync

        return sync(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        body: SpacedRepetitionLearningPath,
    ) -> Response[SpacedRepetitionLearningPath]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update_detailed`."""
        from .ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_star_retrieve(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> StarMentor:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_star_retrieve`."""
        from .ai_mentor_orgs_users_mentors_star_retrieve import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_star_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[StarMentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_star_retrieve_detailed`."""
        from .ai_mentor_orgs_users_mentors_star_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_star_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> StarMentor:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_star_create`."""
        from .ai_mentor_orgs_users_mentors_star_create import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_star_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[StarMentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_star_create_detailed`."""
        from .ai_mentor_orgs_users_mentors_star_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_unstar_create(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> StarMentor:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_unstar_create`."""
        from .ai_mentor_orgs_users_mentors_unstar_create import sync

        return sync(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_mentors_unstar_create_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
    ) -> Response[StarMentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_mentors_unstar_create_detailed`."""
        from .ai_mentor_orgs_users_mentors_unstar_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            client=self._client,
        )

    def ai_mentor_orgs_users_metadata_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> MentorMetadata:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_metadata_retrieve`."""
        from .ai_mentor_orgs_users_metadata_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_metadata_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[MentorMetadata]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_metadata_retrieve_detailed`."""
        from .ai_mentor_orgs_users_metadata_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_moderation_logs_list(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersModerationLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedModerationLogList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_moderation_logs_list`."""
        from .ai_mentor_orgs_users_moderation_logs_list import sync

        return sync(
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_moderation_logs_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersModerationLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedModerationLogList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_moderation_logs_list_detailed`."""
        from .ai_mentor_orgs_users_moderation_logs_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_moderation_logs_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersModerationLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ModerationLog]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_moderation_logs_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_moderation_logs_list import sync

        return paginate(
            sync,
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_moderation_logs_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> ModerationLog:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_moderation_logs_retrieve`."""
        from .ai_mentor_orgs_users_moderation_logs_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_moderation_logs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[ModerationLog]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_moderation_logs_retrieve_detailed`."""
        from .ai_mentor_orgs_users_moderation_logs_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_moderation_logs_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_moderation_logs_destroy`."""
        from .ai_mentor_orgs_users_moderation_logs_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_moderation_logs_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_moderation_logs_destroy_detailed`."""
        from .ai_mentor_orgs_users_moderation_logs_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agent_logs_list(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        periodic_agent: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedPeriodicAgentLogList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agent_logs_list`."""
        from .ai_mentor_orgs_users_periodic_agent_logs_list import sync

        return sync(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            periodic_agent=periodic_agent,
            search=search,
            status=status,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agent_logs_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        periodic_agent: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedPeriodicAgentLogList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agent_logs_list_detailed`."""
        from .ai_mentor_orgs_users_periodic_agent_logs_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            periodic_agent=periodic_agent,
            search=search,
            status=status,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agent_logs_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: str | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        periodic_agent: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[PeriodicAgentLog]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agent_logs_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_periodic_agent_logs_list import sync

        return paginate(
            sync,
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            periodic_agent=periodic_agent,
            search=search,
            status=status,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_periodic_agent_logs_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> PeriodicAgentLog:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agent_logs_retrieve`."""
        from .ai_mentor_orgs_users_periodic_agent_logs_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agent_logs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[PeriodicAgentLog]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agent_logs_retrieve_detailed`."""
        from .ai_mentor_orgs_users_periodic_agent_logs_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_list(
        self,
        org: str,
        user_id: str,
        *,
        enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: int | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        previous_agent: int | Unset = UNSET,
        previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
        | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
        title: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedPeriodicAgentList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_list`."""
        from .ai_mentor_orgs_users_periodic_agents_list import sync

        return sync(
            org,
            user_id,
            enabled=enabled,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
            search=search,
            status=status,
            title=title,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: int | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        previous_agent: int | Unset = UNSET,
        previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
        | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
        title: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedPeriodicAgentList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_list_detailed`."""
        from .ai_mentor_orgs_users_periodic_agents_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            enabled=enabled,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
            search=search,
            status=status,
            title=title,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        parent_mentor_id: int | Unset = UNSET,
        parent_session_id: str | Unset = UNSET,
        previous_agent: int | Unset = UNSET,
        previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus
        | Unset = UNSET,
        search: str | Unset = UNSET,
        status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
        title: str | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[PeriodicAgent]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_periodic_agents_list import sync

        return paginate(
            sync,
            org,
            user_id,
            enabled=enabled,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
            search=search,
            status=status,
            title=title,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_periodic_agents_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PeriodicAgentCreateRequest,
    ) -> PeriodicAgentCreate:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_create`."""
        from .ai_mentor_orgs_users_periodic_agents_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PeriodicAgentCreateRequest,
    ) -> Response[PeriodicAgentCreate]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_create_detailed`."""
        from .ai_mentor_orgs_users_periodic_agents_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> PeriodicAgent:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_retrieve`."""
        from .ai_mentor_orgs_users_periodic_agents_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[PeriodicAgent]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_retrieve_detailed`."""
        from .ai_mentor_orgs_users_periodic_agents_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PeriodicAgentCreateRequest,
    ) -> PeriodicAgentCreate:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_update`."""
        from .ai_mentor_orgs_users_periodic_agents_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PeriodicAgentCreateRequest,
    ) -> Response[PeriodicAgentCreate]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_update_detailed`."""
        from .ai_mentor_orgs_users_periodic_agents_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_destroy`."""
        from .ai_mentor_orgs_users_periodic_agents_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_destroy_detailed`."""
        from .ai_mentor_orgs_users_periodic_agents_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPeriodicAgentCreateRequest | Unset = UNSET,
    ) -> PeriodicAgentCreate:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_partial_update`."""
        from .ai_mentor_orgs_users_periodic_agents_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_periodic_agents_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPeriodicAgentCreateRequest | Unset = UNSET,
    ) -> Response[PeriodicAgentCreate]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_periodic_agents_partial_update_detailed`."""
        from .ai_mentor_orgs_users_periodic_agents_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_pin_message_list(
        self,
        org: str,
        user_id: str,
        *,
        session_id: str,
    ) -> list[PinnedMessageGet]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_pin_message_list`."""
        from .ai_mentor_orgs_users_pin_message_list import sync

        return sync(
            org,
            user_id,
            session_id=session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_pin_message_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        session_id: str,
    ) -> Response[list[PinnedMessageGet]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_pin_message_list_detailed`."""
        from .ai_mentor_orgs_users_pin_message_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id=session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_pin_message_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PinnedMessageRequest,
    ) -> PinnedMessageCreate:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_pin_message_create`."""
        from .ai_mentor_orgs_users_pin_message_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_pin_message_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PinnedMessageRequest,
    ) -> Response[PinnedMessageCreate]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_pin_message_create_detailed`."""
        from .ai_mentor_orgs_users_pin_message_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_pin_message_destroy(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_pin_message_destroy`."""
        from .ai_mentor_orgs_users_pin_message_destroy import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_pin_message_destroy_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_pin_message_destroy_detailed`."""
        from .ai_mentor_orgs_users_pin_message_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_planned_jobs_list(
        self,
        org: str,
        user_id: str,
        *,
        active: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session: str | Unset = UNSET,
    ) -> PaginatedJobRunList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_planned_jobs_list`."""
        from .ai_mentor_orgs_users_planned_jobs_list import sync

        return sync(
            org,
            user_id,
            active=active,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session=session,
            client=self._client,
        )

    def ai_mentor_orgs_users_planned_jobs_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        active: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session: str | Unset = UNSET,
    ) -> Response[PaginatedJobRunList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_planned_jobs_list_detailed`."""
        from .ai_mentor_orgs_users_planned_jobs_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            active=active,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session=session,
            client=self._client,
        )

    def ai_mentor_orgs_users_planned_jobs_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        active: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[JobRun]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_planned_jobs_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_planned_jobs_list import sync

        return paginate(
            sync,
            org,
            user_id,
            active=active,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session=session,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_planned_jobs_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> JobRun:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_planned_jobs_retrieve`."""
        from .ai_mentor_orgs_users_planned_jobs_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_planned_jobs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[JobRun]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_planned_jobs_retrieve_detailed`."""
        from .ai_mentor_orgs_users_planned_jobs_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_list(
        self,
        org: str,
        user_id: str,
        *,
        is_public: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        student: int | Unset = UNSET,
    ) -> PaginatedPlayWrightScriptList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_list`."""
        from .ai_mentor_orgs_users_playwright_scripts_list import sync

        return sync(
            org,
            user_id,
            is_public=is_public,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            student=student,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        is_public: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        student: int | Unset = UNSET,
    ) -> Response[PaginatedPlayWrightScriptList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_list_detailed`."""
        from .ai_mentor_orgs_users_playwright_scripts_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            is_public=is_public,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            student=student,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        is_public: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        student: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[PlayWrightScript]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_playwright_scripts_list import sync

        return paginate(
            sync,
            org,
            user_id,
            is_public=is_public,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            student=student,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_playwright_scripts_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PlayWrightScriptRequest,
    ) -> PlayWrightScript:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_create`."""
        from .ai_mentor_orgs_users_playwright_scripts_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PlayWrightScriptRequest,
    ) -> Response[PlayWrightScript]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_create_detailed`."""
        from .ai_mentor_orgs_users_playwright_scripts_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> PlayWrightScript:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_retrieve`."""
        from .ai_mentor_orgs_users_playwright_scripts_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[PlayWrightScript]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_retrieve_detailed`."""
        from .ai_mentor_orgs_users_playwright_scripts_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PlayWrightScriptRequest,
    ) -> PlayWrightScript:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_update`."""
        from .ai_mentor_orgs_users_playwright_scripts_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PlayWrightScriptRequest,
    ) -> Response[PlayWrightScript]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_update_detailed`."""
        from .ai_mentor_orgs_users_playwright_scripts_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_destroy`."""
        from .ai_mentor_orgs_users_playwright_scripts_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_destroy_detailed`."""
        from .ai_mentor_orgs_users_playwright_scripts_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPlayWrightScriptRequest | Unset = UNSET,
    ) -> PlayWrightScript:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_partial_update`."""
        from .ai_mentor_orgs_users_playwright_scripts_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_playwright_scripts_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedPlayWrightScriptRequest | Unset = UNSET,
    ) -> Response[PlayWrightScript]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_playwright_scripts_partial_update_detailed`."""
        from .ai_mentor_orgs_users_playwright_scripts_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_predictive_analytics_create(
        self,
        org: str,
        user_id: str,
        *,
        body: PredictiveAnalyticsRequest,
    ) -> PredictiveAnalyticsResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_predictive_analytics_create`."""
        from .ai_mentor_orgs_users_predictive_analytics_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_predictive_analytics_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PredictiveAnalyticsRequest,
    ) -> Response[PredictiveAnalyticsResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_predictive_analytics_create_detailed`."""
        from .ai_mentor_orgs_users_predictive_analytics_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_recent_messages_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_recent_messages_retrieve`."""
        from .ai_mentor_orgs_users_recent_messages_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_recent_messages_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_recent_messages_retrieve_detailed`."""
        from .ai_mentor_orgs_users_recent_messages_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_recently_accessed_mentors_list(
        self,
        org: str,
        user_id: str,
    ) -> list[RecentlyAccessedMentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_recently_accessed_mentors_list`."""
        from .ai_mentor_orgs_users_recently_accessed_mentors_list import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_recently_accessed_mentors_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[RecentlyAccessedMentor]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_recently_accessed_mentors_list_detailed`."""
        from .ai_mentor_orgs_users_recently_accessed_mentors_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_recommend_courses_block_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        include_learner_skills: bool | Unset = UNSET,
        include_main_courses: bool | Unset = UNSET,
        rank_by_difficulty: bool | Unset = UNSET,
        return_course_data: bool | Unset = UNSET,
        return_number: int | Unset = UNSET,
        search_terms: str | Unset = UNSET,
    ) -> RecommendCourseBlock:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_recommend_courses_block_retrieve`."""
        from .ai_mentor_orgs_users_recommend_courses_block_retrieve import sync

        return sync(
            org,
            user_id,
            include_learner_skills=include_learner_skills,
            include_main_courses=include_main_courses,
            rank_by_difficulty=rank_by_difficulty,
            return_course_data=return_course_data,
            return_number=return_number,
            search_terms=search_terms,
            client=self._client,
        )

    def ai_mentor_orgs_users_recommend_courses_block_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        include_learner_skills: bool | Unset = UNSET,
        include_main_courses: bool | Unset = UNSET,
        rank_by_difficulty: bool | Unset = UNSET,
        return_course_data: bool | Unset = UNSET,
        return_number: int | Unset = UNSET,
        search_terms: str | Unset = UNSET,
    ) -> Response[RecommendCourseBlock]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_recommend_courses_block_retrieve_detailed`."""
        from .ai_mentor_orgs_users_recommend_courses_block_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            include_learner_skills=include_learner_skills,
            include_main_courses=include_main_courses,
            rank_by_difficulty=rank_by_difficulty,
            return_course_data=return_course_data,
            return_number=return_number,
            search_terms=search_terms,
            client=self._client,
        )

    def ai_mentor_orgs_users_recommend_courses_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        include_learner_skills: bool | Unset = UNSET,
        include_main_courses: bool | Unset = UNSET,
        rank_by_difficulty: bool | Unset = UNSET,
        return_course_data: bool | Unset = UNSET,
        return_number: int | Unset = UNSET,
        search_terms: str | Unset = UNSET,
    ) -> RecommendCourseResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_recommend_courses_retrieve`."""
        from .ai_mentor_orgs_users_recommend_courses_retrieve import sync

        return sync(
            org,
            user_id,
            include_learner_skills=include_learner_skills,
            include_main_courses=include_main_courses,
            rank_by_difficulty=rank_by_difficulty,
            return_course_data=return_course_data,
            return_number=return_number,
            search_terms=search_terms,
            client=self._client,
        )

    def ai_mentor_orgs_users_recommend_courses_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        include_learner_skills: bool | Unset = UNSET,
        include_main_courses: bool | Unset = UNSET,
        rank_by_difficulty: bool | Unset = UNSET,
        return_course_data: bool | Unset = UNSET,
        return_number: int | Unset = UNSET,
        search_terms: str | Unset = UNSET,
    ) -> Response[RecommendCourseResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_recommend_courses_retrieve_detailed`."""
        from .ai_mentor_orgs_users_recommend_courses_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            include_learner_skills=include_learner_skills,
            include_main_courses=include_main_courses,
            rank_by_difficulty=rank_by_difficulty,
            return_course_data=return_course_data,
            return_number=return_number,
            search_terms=search_terms,
            client=self._client,
        )

    def ai_mentor_orgs_users_resources_web_create(
        self,
        org: str,
        user_id: str,
        *,
        body: WebResourcesQuery,
    ) -> list[WebResource]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_resources_web_create`."""
        from .ai_mentor_orgs_users_resources_web_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_resources_web_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: WebResourcesQuery,
    ) -> Response[list[WebResource]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_resources_web_create_detailed`."""
        from .ai_mentor_orgs_users_resources_web_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_safety_logs_list(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedModerationLogList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_safety_logs_list`."""
        from .ai_mentor_orgs_users_safety_logs_list import sync

        return sync(
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_safety_logs_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedModerationLogList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_safety_logs_list_detailed`."""
        from .ai_mentor_orgs_users_safety_logs_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_safety_logs_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        mentor: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ModerationLog]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_safety_logs_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_safety_logs_list import sync

        return paginate(
            sync,
            org,
            user_id,
            mentor=mentor,
            ordering=ordering,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            search=search,
            target_system=target_system,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_safety_logs_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> ModerationLog:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_safety_logs_retrieve`."""
        from .ai_mentor_orgs_users_safety_logs_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_safety_logs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[ModerationLog]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_safety_logs_retrieve_detailed`."""
        from .ai_mentor_orgs_users_safety_logs_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_safety_logs_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_safety_logs_destroy`."""
        from .ai_mentor_orgs_users_safety_logs_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_safety_logs_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_safety_logs_destroy_detailed`."""
        from .ai_mentor_orgs_users_safety_logs_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_session_detail_mentors_list(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        page: int | Unset = UNSET,
    ) -> list[SessionDetail]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_session_detail_mentors_list`."""
        from .ai_mentor_orgs_users_session_detail_mentors_list import sync

        return sync(
            org,
            user_id,
            mentor,
            page=page,
            client=self._client,
        )

    def ai_mentor_orgs_users_session_detail_mentors_list_detailed(
        self,
        org: str,
        user_id: str,
        mentor: str,
        *,
        page: int | Unset = UNSET,
    ) -> Response[list[SessionDetail]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_session_detail_mentors_list_detailed`."""
        from .ai_mentor_orgs_users_session_detail_mentors_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor,
            page=page,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessionid_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> list[ChatHistorySessionId]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessionid_list`."""
        from .ai_mentor_orgs_users_sessionid_list import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessionid_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[list[ChatHistorySessionId]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessionid_list_detailed`."""
        from .ai_mentor_orgs_users_sessionid_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_create(
        self,
        org: str,
        user_id: str,
        *,
        body: ChatSessionRequest,
    ) -> ChatSessionResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_create`."""
        from .ai_mentor_orgs_users_sessions_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: ChatSessionRequest,
    ) -> Response[ChatSessionResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_create_detailed`."""
        from .ai_mentor_orgs_users_sessions_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        share: bool | Unset = UNSET,
    ) -> MessageView:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_retrieve`."""
        from .ai_mentor_orgs_users_sessions_retrieve import sync

        return sync(
            org,
            user_id,
            session_id,
            share=share,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        share: bool | Unset = UNSET,
    ) -> Response[MessageView]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_retrieve_detailed`."""
        from .ai_mentor_orgs_users_sessions_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            share=share,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_update(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: MessageViewRequest | Unset = UNSET,
    ) -> MessageViewUpdatResponse:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_update`."""
        from .ai_mentor_orgs_users_sessions_update import sync

        return sync(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_update_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: MessageViewRequest | Unset = UNSET,
    ) -> Response[MessageViewUpdatResponse]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_update_detailed`."""
        from .ai_mentor_orgs_users_sessions_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_destroy(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_destroy`."""
        from .ai_mentor_orgs_users_sessions_destroy import sync

        return sync(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_destroy_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_destroy_detailed`."""
        from .ai_mentor_orgs_users_sessions_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_browser_screenshot_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> SessionBrowserScreenshot:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_browser_screenshot_retrieve`."""
        from .ai_mentor_orgs_users_sessions_browser_screenshot_retrieve import sync

        return sync(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_browser_screenshot_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[SessionBrowserScreenshot]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_browser_screenshot_retrieve_detailed`."""
        from .ai_mentor_orgs_users_sessions_browser_screenshot_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_download_session_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_download_session_retrieve`."""
        from .ai_mentor_orgs_users_sessions_download_session_retrieve import sync

        return sync(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_download_session_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_download_session_retrieve_detailed`."""
        from .ai_mentor_orgs_users_sessions_download_session_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_memory_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> SessionMemoryStorage:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_memory_retrieve`."""
        from .ai_mentor_orgs_users_sessions_memory_retrieve import sync

        return sync(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_memory_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[SessionMemoryStorage]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_memory_retrieve_detailed`."""
        from .ai_mentor_orgs_users_sessions_memory_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_shell_logs_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> ShellLogs:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_shell_logs_retrieve`."""
        from .ai_mentor_orgs_users_sessions_shell_logs_retrieve import sync

        return sync(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_shell_logs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
    ) -> Response[ShellLogs]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_shell_logs_retrieve_detailed`."""
        from .ai_mentor_orgs_users_sessions_shell_logs_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_suggestion_list(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        num_questions: int | Unset = UNSET,
    ) -> list[RelatedText]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_suggestion_list`."""
        from .ai_mentor_orgs_users_sessions_suggestion_list import sync

        return sync(
            org,
            user_id,
            session_id,
            num_questions=num_questions,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_suggestion_list_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        num_questions: int | Unset = UNSET,
    ) -> Response[list[RelatedText]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_suggestion_list_detailed`."""
        from .ai_mentor_orgs_users_sessions_suggestion_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            num_questions=num_questions,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_tasks_retrieve(
        self,
        org: str,
        user_id: str,
        session_id: str,
        task_id: str,
        *,
        to_csv: bool | Unset = UNSET,
    ) -> ChatHistoryItem:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_tasks_retrieve`."""
        from .ai_mentor_orgs_users_sessions_tasks_retrieve import sync

        return sync(
            org,
            user_id,
            session_id,
            task_id,
            to_csv=to_csv,
            client=self._client,
        )

    def ai_mentor_orgs_users_sessions_tasks_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        task_id: str,
        *,
        to_csv: bool | Unset = UNSET,
    ) -> Response[ChatHistoryItem]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_sessions_tasks_retrieve_detailed`."""
        from .ai_mentor_orgs_users_sessions_tasks_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            task_id,
            to_csv=to_csv,
            client=self._client,
        )

    def ai_mentor_orgs_users_settings_tenant_llm_list(
        self,
        org: str,
        user_id: str,
    ) -> list[LLMModelForTenant]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_settings_tenant_llm_list`."""
        from .ai_mentor_orgs_users_settings_tenant_llm_list import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_settings_tenant_llm_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[LLMModelForTenant]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_settings_tenant_llm_list_detailed`."""
        from .ai_mentor_orgs_users_settings_tenant_llm_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_settings_tenant_llm_create(
        self,
        org: str,
        user_id: str,
        *,
        body: LLMModelForTenantRequest,
    ) -> LLMModelForTenant:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_settings_tenant_llm_create`."""
        from .ai_mentor_orgs_users_settings_tenant_llm_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_settings_tenant_llm_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: LLMModelForTenantRequest,
    ) -> Response[LLMModelForTenant]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_settings_tenant_llm_create_detailed`."""
        from .ai_mentor_orgs_users_settings_tenant_llm_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_starred_mentors_list(
        self,
        org: str,
        user_id: str,
    ) -> list[StarMentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_starred_mentors_list`."""
        from .ai_mentor_orgs_users_starred_mentors_list import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_starred_mentors_list_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[list[StarMentor]]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_starred_mentors_list_detailed`."""
        from .ai_mentor_orgs_users_starred_mentors_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_list(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sender: str | Unset = UNSET,
        ticket: float | Unset = UNSET,
    ) -> PaginatedTicketMessageList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_list`."""
        from .ai_mentor_orgs_users_support_ticket_messages_list import sync

        return sync(
            org,
            user_id,
            page=page,
            page_size=page_size,
            sender=sender,
            ticket=ticket,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sender: str | Unset = UNSET,
        ticket: float | Unset = UNSET,
    ) -> Response[PaginatedTicketMessageList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_list_detailed`."""
        from .ai_mentor_orgs_users_support_ticket_messages_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            page=page,
            page_size=page_size,
            sender=sender,
            ticket=ticket,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sender: str | Unset = UNSET,
        ticket: float | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[TicketMessage]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_support_ticket_messages_list import sync

        return paginate(
            sync,
            org,
            user_id,
            page=page,
            page_size=page_size,
            sender=sender,
            ticket=ticket,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_support_ticket_messages_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TicketMessageRequest,
    ) -> TicketMessage:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_create`."""
        from .ai_mentor_orgs_users_support_ticket_messages_create import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TicketMessageRequest,
    ) -> Response[TicketMessage]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_create_detailed`."""
        from .ai_mentor_orgs_users_support_ticket_messages_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> TicketMessage:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_retrieve`."""
        from .ai_mentor_orgs_users_support_ticket_messages_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[TicketMessage]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_retrieve_detailed`."""
        from .ai_mentor_orgs_users_support_ticket_messages_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: TicketMessageRequest,
    ) -> TicketMessage:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_update`."""
        from .ai_mentor_orgs_users_support_ticket_messages_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: TicketMessageRequest,
    ) -> Response[TicketMessage]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_update_detailed`."""
        from .ai_mentor_orgs_users_support_ticket_messages_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_destroy`."""
        from .ai_mentor_orgs_users_support_ticket_messages_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_destroy_detailed`."""
        from .ai_mentor_orgs_users_support_ticket_messages_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedTicketMessageRequest | Unset = UNSET,
    ) -> TicketMessage:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_partial_update`."""
        from .ai_mentor_orgs_users_support_ticket_messages_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_ticket_messages_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedTicketMessageRequest | Unset = UNSET,
    ) -> Response[TicketMessage]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_ticket_messages_partial_update_detailed`."""
        from .ai_mentor_orgs_users_support_ticket_messages_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_list(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: float | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        session: str | Unset = UNSET,
        status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> PaginatedHumanSupportTicketList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_list`."""
        from .ai_mentor_orgs_users_support_tickets_list import sync

        return sync(
            org,
            user_id,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            session=session,
            status=status,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: float | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        session: str | Unset = UNSET,
        status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[PaginatedHumanSupportTicketList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_list_detailed`."""
        from .ai_mentor_orgs_users_support_tickets_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            session=session,
            status=status,
            username=username,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: float | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        session: str | Unset = UNSET,
        status: AiMentorOrgsUsersSupportTicketsListStatus | Unset = UNSET,
        username: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[HumanSupportTicket]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_support_tickets_list import sync

        return paginate(
            sync,
            org,
            user_id,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            session=session,
            status=status,
            username=username,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_support_tickets_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> HumanSupportTicket:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_retrieve`."""
        from .ai_mentor_orgs_users_support_tickets_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[HumanSupportTicket]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_retrieve_detailed`."""
        from .ai_mentor_orgs_users_support_tickets_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: HumanSupportTicketRequest,
    ) -> HumanSupportTicket:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_update`."""
        from .ai_mentor_orgs_users_support_tickets_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: HumanSupportTicketRequest,
    ) -> Response[HumanSupportTicket]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_update_detailed`."""
        from .ai_mentor_orgs_users_support_tickets_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_destroy`."""
        from .ai_mentor_orgs_users_support_tickets_destroy import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_destroy_detailed`."""
        from .ai_mentor_orgs_users_support_tickets_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_partial_update(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedHumanSupportTicketRequest | Unset = UNSET,
    ) -> HumanSupportTicket:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_partial_update`."""
        from .ai_mentor_orgs_users_support_tickets_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        body: PatchedHumanSupportTicketRequest | Unset = UNSET,
    ) -> Response[HumanSupportTicket]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_partial_update_detailed`."""
        from .ai_mentor_orgs_users_support_tickets_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_close_create(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_close_create`."""
        from .ai_mentor_orgs_users_support_tickets_close_create import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_support_tickets_close_create_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_support_tickets_close_create_detailed`."""
        from .ai_mentor_orgs_users_support_tickets_close_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_tasks_sessions_create(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: TaskView,
    ) -> TaskView:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_tasks_sessions_create`."""
        from .ai_mentor_orgs_users_tasks_sessions_create import sync

        return sync(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_tasks_sessions_create_detailed(
        self,
        org: str,
        user_id: str,
        session_id: str,
        *,
        body: TaskView,
    ) -> Response[TaskView]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_tasks_sessions_create_detailed`."""
        from .ai_mentor_orgs_users_tasks_sessions_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            session_id,
            body=body,
            client=self._client,
        )

    def ai_mentor_orgs_users_tasks_retrieve(
        self,
        org: str,
        user_id: str,
        task_id: str,
    ) -> RetrieveTask:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_tasks_retrieve`."""
        from .ai_mentor_orgs_users_tasks_retrieve import sync

        return sync(
            org,
            user_id,
            task_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_tasks_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        task_id: str,
    ) -> Response[RetrieveTask]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_tasks_retrieve_detailed`."""
        from .ai_mentor_orgs_users_tasks_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            task_id,
            client=self._client,
        )

    def ai_mentor_orgs_users_voices_list(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedVoiceList:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_voices_list`."""
        from .ai_mentor_orgs_users_voices_list import sync

        return sync(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_users_voices_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedVoiceList]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_voices_list_detailed`."""
        from .ai_mentor_orgs_users_voices_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            client=self._client,
        )

    def ai_mentor_orgs_users_voices_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Voice]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_voices_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_mentor_orgs_users_voices_list import sync

        return paginate(
            sync,
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_mentor_orgs_users_voices_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Voice:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_voices_retrieve`."""
        from .ai_mentor_orgs_users_voices_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_voices_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
    ) -> Response[Voice]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_voices_retrieve_detailed`."""
        from .ai_mentor_orgs_users_voices_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_mentor_orgs_users_retrieve(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Mentor:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_retrieve`."""
        from .ai_mentor_orgs_users_retrieve import sync

        return sync(
            org,
            user_id,
            name,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Mentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_retrieve_detailed`."""
        from .ai_mentor_orgs_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            name,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_update(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        body: MentorCreateRequest,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Mentor:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_update`."""
        from .ai_mentor_orgs_users_update import sync

        return sync(
            org,
            user_id,
            name,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_update_detailed(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        body: MentorCreateRequest,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Mentor]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_update_detailed`."""
        from .ai_mentor_orgs_users_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            name,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_destroy(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_destroy`."""
        from .ai_mentor_orgs_users_destroy import sync

        return sync(
            org,
            user_id,
            name,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_destroy_detailed(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_destroy_detailed`."""
        from .ai_mentor_orgs_users_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            name,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_partial_update(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        body: PatchedMentorCreateRequest | Unset = UNSET,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> MentorCreate:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_partial_update`."""
        from .ai_mentor_orgs_users_partial_update import sync

        return sync(
            org,
            user_id,
            name,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_users_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        name: str,
        *,
        body: PatchedMentorCreateRequest | Unset = UNSET,
        department_id: int | Unset = UNSET,
        filter_by: str | Unset = UNSET,
        metadata_key: str | Unset = UNSET,
        metadata_value: str | Unset = UNSET,
        return_session_information: bool | Unset = UNSET,
        visibility: str | Unset = UNSET,
    ) -> Response[MentorCreate]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_users_partial_update_detailed`."""
        from .ai_mentor_orgs_users_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            name,
            body=body,
            department_id=department_id,
            filter_by=filter_by,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            return_session_information=return_session_information,
            visibility=visibility,
            client=self._client,
        )

    def ai_mentor_orgs_webhooks_azure_trigger_create(
        self,
        org: str,
        slug: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_webhooks_azure_trigger_create`."""
        from .ai_mentor_orgs_webhooks_azure_trigger_create import sync

        return sync(
            org,
            slug,
            client=self._client,
        )

    def ai_mentor_orgs_webhooks_azure_trigger_create_detailed(
        self,
        org: str,
        slug: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_webhooks_azure_trigger_create_detailed`."""
        from .ai_mentor_orgs_webhooks_azure_trigger_create import sync_detailed

        return sync_detailed(
            org,
            slug,
            client=self._client,
        )

    def ai_mentor_orgs_webhooks_github_pullrequest_create(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_orgs_webhooks_github_pullrequest_create`."""
        from .ai_mentor_orgs_webhooks_github_pullrequest_create import sync

        return sync(
            org,
            client=self._client,
        )

    def ai_mentor_orgs_webhooks_github_pullrequest_create_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_orgs_webhooks_github_pullrequest_create_detailed`."""
        from .ai_mentor_orgs_webhooks_github_pullrequest_create import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def ai_mentor_webhooks_azure_emailchat_create(
        self,
    ) -> Any:
        """See `AsyncAiMentorApi.ai_mentor_webhooks_azure_emailchat_create`."""
        from .ai_mentor_webhooks_azure_emailchat_create import sync

        return sync(
            client=self._client,
        )

    def ai_mentor_webhooks_azure_emailchat_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncAiMentorApi.ai_mentor_webhooks_azure_emailchat_create_detailed`."""
        from .ai_mentor_webhooks_azure_emailchat_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )
