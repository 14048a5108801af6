from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    within,
)
from ..models.align_mentor_bubble_enum import AlignMentorBubbleEnum, check_align_mentor_bubble_enum
from ..models.blank_enum import BlankEnum, check_blank_enum
from ..models.mentor_visibility_enum import MentorVisibilityEnum, check_mentor_visibility_enum
from ..models.theme_enum import ThemeEnum, check_theme_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_configuration import CallConfiguration
    from ..models.mcp_server import MCPServer
    from ..models.mentor_category import MentorCategory
    from ..models.mentor_type import MentorType
    from ..models.subject import Subject


T = TypeVar("T", bound="MentorSettings")


@_attrs_define
class MentorSettings:
    id: int
    mentor: str
    mentor_slug: str
    mentor_unique_id: str
    mentor_id: int
    metadata: Any
    enable_memory_component: bool
    enable_custom_javascript: bool
    allow_anonymous: bool
    enable_offline_mode: bool
    mentor_description: str
    suggested_prompts: Any
    proactive_response: str
    greeting_method: str
    mentor_tools: Any
    can_use_tools: bool
    llm_name: str
    proactive_prompt: str
    study_mode_prompt: str
    disclaimer: str
    enable_disclaimer: bool
    show_attachment: bool
    show_voice_call: bool
    show_voice_record: bool
    show_rag_images: bool
    starter_prompts: str
    embed_is_context_aware: bool
    embed_open_by_default: bool
    embed_show_attachment: bool
    embed_show_voice_call: bool
    embed_show_voice_record: bool
    show_explore_mentors: bool
    embed_icon_selection_data: Any
    placeholder_prompt: str
    enable_email_chat: bool
    enable_spaced_repetition: bool
    enable_instruction_mode: bool
    enable_socratic_mode: bool
    is_guided_mentor: bool
    is_featured: bool
    enable_guided_prompts: bool
    save_flagged_prompts: bool
    enable_moderation: bool
    enable_multi_query_rag: bool
    enable_prompt_caching: bool
    enable_post_processing_system: bool
    enable_safety_system: bool
    forkable: bool
    forkable_with_training_data: bool
    mentor_name: str
    categories: list[MentorCategory]
    types: list[MentorType]
    subjects: list[Subject]
    recently_accessed_at: datetime.datetime
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    platform_key: str
    llm_config: Any
    llm_provider: str
    system_prompt: str
    llm_temperature: float
    safety_system_prompt: str
    safety_response: str
    moderation_system_prompt: str
    post_processing_prompt: str
    moderation_response: str
    mcp_servers: list[MCPServer]
    department: str
    disable_chathistory: str
    call_configuration: CallConfiguration
    guided_prompt_instructions: str
    seo_tags: Any
    marketing_conversations: Any
    template_mentor: Any
    google_voice: str
    openai_voice: str
    enable_openai_assistant: bool
    enable_total_grounding: bool
    enable_suggested_prompts: bool
    is_deleted: bool
    display_name: None | str | Unset = UNSET
    profile_image: None | str | Unset = UNSET
    initial_message: None | str | Unset = UNSET
    suggested_message: None | str | Unset = UNSET
    theme: ThemeEnum | Unset = UNSET
    """ * `dark` - Dark
    * `light` - Light """
    user_message_color: str | Unset = UNSET
    mentor_bubble_color: str | Unset = UNSET
    align_mentor_bubble: AlignMentorBubbleEnum | Unset = UNSET
    """ * `left` - Left
    * `right` - Right """
    mentor_visibility: BlankEnum | MentorVisibilityEnum | None | Unset = UNSET
    enable_image_generation: bool | None | Unset = UNSET
    enable_web_browsing: bool | None | Unset = UNSET
    enable_code_interpreter: bool | None | Unset = UNSET
    custom_css: None | str | Unset = UNSET
    custom_javascript: None | str | Unset = UNSET
    embed_custom_image: None | str | Unset = UNSET
    is_lti_accessible: bool | None | Unset = UNSET
    """ Enables LTI access for this mentor. When True, LTI users can be granted access via RBAC policies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor = self.mentor

        mentor_slug = self.mentor_slug

        mentor_unique_id = self.mentor_unique_id

        mentor_id = self.mentor_id

        metadata = self.metadata

        enable_memory_component = self.enable_memory_component

        enable_custom_javascript = self.enable_custom_javascript

        allow_anonymous = self.allow_anonymous

        enable_offline_mode = self.enable_offline_mode

        mentor_description = self.mentor_description

        suggested_prompts = self.suggested_prompts

        proactive_response = self.proactive_response

        greeting_method = self.greeting_method

        mentor_tools = self.mentor_tools

        can_use_tools = self.can_use_tools

        llm_name = self.llm_name

        proactive_prompt = self.proactive_prompt

        study_mode_prompt = self.study_mode_prompt

        disclaimer = self.disclaimer

        enable_disclaimer = self.enable_disclaimer

        show_attachment = self.show_attachment

        show_voice_call = self.show_voice_call

        show_voice_record = self.show_voice_record

        show_rag_images = self.show_rag_images

        starter_prompts = self.starter_prompts

        embed_is_context_aware = self.embed_is_context_aware

        embed_open_by_default = self.embed_open_by_default

        embed_show_attachment = self.embed_show_attachment

        embed_show_voice_call = self.embed_show_voice_call

        embed_show_voice_record = self.embed_show_voice_record

        show_explore_mentors = self.show_explore_mentors

        embed_icon_selection_data = self.embed_icon_selection_data

        placeholder_prompt = self.placeholder_prompt

        enable_email_chat = self.enable_email_chat

        enable_spaced_repetition = self.enable_spaced_repetition

        enable_instruction_mode = self.enable_instruction_mode

        enable_socratic_mode = self.enable_socratic_mode

        is_guided_mentor = self.is_guided_mentor

        is_featured = self.is_featured

        enable_guided_prompts = self.enable_guided_prompts

        save_flagged_prompts = self.save_flagged_prompts

        enable_moderation = self.enable_moderation

        enable_multi_query_rag = self.enable_multi_query_rag

        enable_prompt_caching = self.enable_prompt_caching

        enable_post_processing_system = self.enable_post_processing_system

        enable_safety_system = self.enable_safety_system

        forkable = self.forkable

        forkable_with_training_data = self.forkable_with_training_data

        mentor_name = self.mentor_name

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        types = []
        for types_item_data in self.types:
            types_item = types_item_data.to_dict()
            types.append(types_item)

        subjects = []
        for subjects_item_data in self.subjects:
            subjects_item = subjects_item_data.to_dict()
            subjects.append(subjects_item)

        recently_accessed_at = self.recently_accessed_at.isoformat()

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        platform_key = self.platform_key

        llm_config = self.llm_config

        llm_provider = self.llm_provider

        system_prompt = self.system_prompt

        llm_temperature = self.llm_temperature

        safety_system_prompt = self.safety_system_prompt

        safety_response = self.safety_response

        moderation_system_prompt = self.moderation_system_prompt

        post_processing_prompt = self.post_processing_prompt

        moderation_response = self.moderation_response

        mcp_servers = []
        for mcp_servers_item_data in self.mcp_servers:
            mcp_servers_item = mcp_servers_item_data.to_dict()
            mcp_servers.append(mcp_servers_item)

        department = self.department

        disable_chathistory = self.disable_chathistory

        call_configuration = self.call_configuration.to_dict()

        guided_prompt_instructions = self.guided_prompt_instructions

        seo_tags = self.seo_tags

        marketing_conversations = self.marketing_conversations

        template_mentor = self.template_mentor

        google_voice = self.google_voice

        openai_voice = self.openai_voice

        enable_openai_assistant = self.enable_openai_assistant

        enable_total_grounding = self.enable_total_grounding

        enable_suggested_prompts = self.enable_suggested_prompts

        is_deleted = self.is_deleted

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        profile_image: None | str | Unset
        if isinstance(self.profile_image, Unset):
            profile_image = UNSET
        else:
            profile_image = self.profile_image

        initial_message: None | str | Unset
        if isinstance(self.initial_message, Unset):
            initial_message = UNSET
        else:
            initial_message = self.initial_message

        suggested_message: None | str | Unset
        if isinstance(self.suggested_message, Unset):
            suggested_message = UNSET
        else:
            suggested_message = self.suggested_message

        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme

        user_message_color = self.user_message_color

        mentor_bubble_color = self.mentor_bubble_color

        align_mentor_bubble: str | Unset = UNSET
        if not isinstance(self.align_mentor_bubble, Unset):
            align_mentor_bubble = self.align_mentor_bubble

        mentor_visibility: None | str | Unset
        if isinstance(self.mentor_visibility, Unset):
            mentor_visibility = UNSET
        elif isinstance(self.mentor_visibility, str):
            mentor_visibility = self.mentor_visibility
        elif isinstance(self.mentor_visibility, str):
            mentor_visibility = self.mentor_visibility
        else:
            mentor_visibility = self.mentor_visibility

        enable_image_generation: bool | None | Unset
        if isinstance(self.enable_image_generation, Unset):
            enable_image_generation = UNSET
        else:
            enable_image_generation = self.enable_image_generation

        enable_web_browsing: bool | None | Unset
        if isinstance(self.enable_web_browsing, Unset):
            enable_web_browsing = UNSET
        else:
            enable_web_browsing = self.enable_web_browsing

        enable_code_interpreter: bool | None | Unset
        if isinstance(self.enable_code_interpreter, Unset):
            enable_code_interpreter = UNSET
        else:
            enable_code_interpreter = self.enable_code_interpreter

        custom_css: None | str | Unset
        if isinstance(self.custom_css, Unset):
            custom_css = UNSET
        else:
            custom_css = self.custom_css

        custom_javascript: None | str | Unset
        if isinstance(self.custom_javascript, Unset):
            custom_javascript = UNSET
        else:
            custom_javascript = self.custom_javascript

        embed_custom_image: None | str | Unset
        if isinstance(self.embed_custom_image, Unset):
            embed_custom_image = UNSET
        else:
            embed_custom_image = self.embed_custom_image

        is_lti_accessible: bool | None | Unset
        if isinstance(self.is_lti_accessible, Unset):
            is_lti_accessible = UNSET
        else:
            is_lti_accessible = self.is_lti_accessible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor": mentor,
                "mentor_slug": mentor_slug,
                "mentor_unique_id": mentor_unique_id,
                "mentor_id": mentor_id,
                "metadata": metadata,
                "enable_memory_component": enable_memory_component,
                "enable_custom_javascript": enable_custom_javascript,
                "allow_anonymous": allow_anonymous,
                "enable_offline_mode": enable_offline_mode,
                "mentor_description": mentor_description,
                "suggested_prompts": suggested_prompts,
                "proactive_response": proactive_response,
                "greeting_method": greeting_method,
                "mentor_tools": mentor_tools,
                "can_use_tools": can_use_tools,
                "llm_name": llm_name,
                "proactive_prompt": proactive_prompt,
                "study_mode_prompt": study_mode_prompt,
                "disclaimer": disclaimer,
                "enable_disclaimer": enable_disclaimer,
                "show_attachment": show_attachment,
                "show_voice_call": show_voice_call,
                "show_voice_record": show_voice_record,
                "show_rag_images": show_rag_images,
                "starter_prompts": starter_prompts,
                "embed_is_context_aware": embed_is_context_aware,
                "embed_open_by_default": embed_open_by_default,
                "embed_show_attachment": embed_show_attachment,
                "embed_show_voice_call": embed_show_voice_call,
                "embed_show_voice_record": embed_show_voice_record,
                "show_explore_mentors": show_explore_mentors,
                "embed_icon_selection_data": embed_icon_selection_data,
                "placeholder_prompt": placeholder_prompt,
                "enable_email_chat": enable_email_chat,
                "enable_spaced_repetition": enable_spaced_repetition,
                "enable_instruction_mode": enable_instruction_mode,
                "enable_socratic_mode": enable_socratic_mode,
                "is_guided_mentor": is_guided_mentor,
                "is_featured": is_featured,
                "enable_guided_prompts": enable_guided_prompts,
                "save_flagged_prompts": save_flagged_prompts,
                "enable_moderation": enable_moderation,
                "enable_multi_query_rag": enable_multi_query_rag,
                "enable_prompt_caching": enable_prompt_caching,
                "enable_post_processing_system": enable_post_processing_system,
                "enable_safety_system": enable_safety_system,
                "forkable": forkable,
                "forkable_with_training_data": forkable_with_training_data,
                "mentor_name": mentor_name,
                "categories": categories,
                "types": types,
                "subjects": subjects,
                "recently_accessed_at": recently_accessed_at,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "platform_key": platform_key,
                "llm_config": llm_config,
                "llm_provider": llm_provider,
                "system_prompt": system_prompt,
                "llm_temperature": llm_temperature,
                "safety_system_prompt": safety_system_prompt,
                "safety_response": safety_response,
                "moderation_system_prompt": moderation_system_prompt,
                "post_processing_prompt": post_processing_prompt,
                "moderation_response": moderation_response,
                "mcp_servers": mcp_servers,
                "department": department,
                "disable_chathistory": disable_chathistory,
                "call_configuration": call_configuration,
                "guided_prompt_instructions": guided_prompt_instructions,
                "seo_tags": seo_tags,
                "marketing_conversations": marketing_conversations,
                "template_mentor": template_mentor,
                "google_voice": google_voice,
                "openai_voice": openai_voice,
                "enable_openai_assistant": enable_openai_assistant,
                "enable_total_grounding": enable_total_grounding,
                "enable_suggested_prompts": enable_suggested_prompts,
                "is_deleted": is_deleted,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image
        if initial_message is not UNSET:
            field_dict["initial_message"] = initial_message
        if suggested_message is not UNSET:
            field_dict["suggested_message"] = suggested_message
        if theme is not UNSET:
            field_dict["theme"] = theme
        if user_message_color is not UNSET:
            field_dict["user_message_color"] = user_message_color
        if mentor_bubble_color is not UNSET:
            field_dict["mentor_bubble_color"] = mentor_bubble_color
        if align_mentor_bubble is not UNSET:
            field_dict["align_mentor_bubble"] = align_mentor_bubble
        if mentor_visibility is not UNSET:
            field_dict["mentor_visibility"] = mentor_visibility
        if enable_image_generation is not UNSET:
            field_dict["enable_image_generation"] = enable_image_generation
        if enable_web_browsing is not UNSET:
            field_dict["enable_web_browsing"] = enable_web_browsing
        if enable_code_interpreter is not UNSET:
            field_dict["enable_code_interpreter"] = enable_code_interpreter
        if custom_css is not UNSET:
            field_dict["custom_css"] = custom_css
        if custom_javascript is not UNSET:
            field_dict["custom_javascript"] = custom_javascript
        if embed_custom_image is not UNSET:
            field_dict["embed_custom_image"] = embed_custom_image
        if is_lti_accessible is not UNSET:
            field_dict["is_lti_accessible"] = is_lti_accessible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_configuration import CallConfiguration  # noqa: PLC0415
        from ..models.mcp_server import MCPServer  # noqa: PLC0415
        from ..models.mentor_category import MentorCategory  # noqa: PLC0415
        from ..models.mentor_type import MentorType  # noqa: PLC0415
        from ..models.subject import Subject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        mentor = d.pop("mentor")
        if not isinstance(mentor, str):
            raise FieldError("mentor", "a string", mentor)

        mentor_slug = d.pop("mentor_slug")
        if not isinstance(mentor_slug, str):
            raise FieldError("mentor_slug", "a string", mentor_slug)

        mentor_unique_id = d.pop("mentor_unique_id")
        if not isinstance(mentor_unique_id, str):
            raise FieldError("mentor_unique_id", "a string", mentor_unique_id)

        mentor_id = d.pop("mentor_id")
        if not isinstance(mentor_id, int) or mentor_id is True or mentor_id is False:
            raise FieldError("mentor_id", "an integer", mentor_id)

        metadata = d.pop("metadata")

        enable_memory_component = d.pop("enable_memory_component")
        if not isinstance(enable_memory_component, bool):
            raise FieldError("enable_memory_component", "a boolean", enable_memory_component)

        enable_custom_javascript = d.pop("enable_custom_javascript")
        if not isinstance(enable_custom_javascript, bool):
            raise FieldError("enable_custom_javascript", "a boolean", enable_custom_javascript)

        allow_anonymous = d.pop("allow_anonymous")
        if not isinstance(allow_anonymous, bool):
            raise FieldError("allow_anonymous", "a boolean", allow_anonymous)

        enable_offline_mode = d.pop("enable_offline_mode")
        if not isinstance(enable_offline_mode, bool):
            raise FieldError("enable_offline_mode", "a boolean", enable_offline_mode)

        mentor_description = d.pop("mentor_description")
        if not isinstance(mentor_description, str):
            raise FieldError("mentor_description", "a string", mentor_description)

        suggested_prompts = d.pop("suggested_prompts")

        proactive_response = d.pop("proactive_response")
        if not isinstance(proactive_response, str):
            raise FieldError("proactive_response", "a string", proactive_response)

        greeting_method = d.pop("greeting_method")
        if not isinstance(greeting_method, str):
            raise FieldError("greeting_method", "a string", greeting_method)

        mentor_tools = d.pop("mentor_tools")

        can_use_tools = d.pop("can_use_tools")
        if not isinstance(can_use_tools, bool):
            raise FieldError("can_use_tools", "a boolean", can_use_tools)

        llm_name = d.pop("llm_name")
        if not isinstance(llm_name, str):
            raise FieldError("llm_name", "a string", llm_name)

        proactive_prompt = d.pop("proactive_prompt")
        if not isinstance(proactive_prompt, str):
            raise FieldError("proactive_prompt", "a string", proactive_prompt)

        study_mode_prompt = d.pop("study_mode_prompt")
        if not isinstance(study_mode_prompt, str):
            raise FieldError("study_mode_prompt", "a string", study_mode_prompt)

        disclaimer = d.pop("disclaimer")
        if not isinstance(disclaimer, str):
            raise FieldError("disclaimer", "a string", disclaimer)

        enable_disclaimer = d.pop("enable_disclaimer")
        if not isinstance(enable_disclaimer, bool):
            raise FieldError("enable_disclaimer", "a boolean", enable_disclaimer)

        show_attachment = d.pop("show_attachment")
        if not isinstance(show_attachment, bool):
            raise FieldError("show_attachment", "a boolean", show_attachment)

        show_voice_call = d.pop("show_voice_call")
        if not isinstance(show_voice_call, bool):
            raise FieldError("show_voice_call", "a boolean", show_voice_call)

        show_voice_record = d.pop("show_voice_record")
        if not isinstance(show_voice_record, bool):
            raise FieldError("show_voice_record", "a boolean", show_voice_record)

        show_rag_images = d.pop("show_rag_images")
        if not isinstance(show_rag_images, bool):
            raise FieldError("show_rag_images", "a boolean", show_rag_images)

        starter_prompts = d.pop("starter_prompts")
        if not isinstance(starter_prompts, str):
            raise FieldError("starter_prompts", "a string", starter_prompts)

        embed_is_context_aware = d.pop("embed_is_context_aware")
        if not isinstance(embed_is_context_aware, bool):
            raise FieldError("embed_is_context_aware", "a boolean", embed_is_context_aware)

        embed_open_by_default = d.pop("embed_open_by_default")
        if not isinstance(embed_open_by_default, bool):
            raise FieldError("embed_open_by_default", "a boolean", embed_open_by_default)

        embed_show_attachment = d.pop("embed_show_attachment")
        if not isinstance(embed_show_attachment, bool):
            raise FieldError("embed_show_attachment", "a boolean", embed_show_attachment)

        embed_show_voice_call = d.pop("embed_show_voice_call")
        if not isinstance(embed_show_voice_call, bool):
            raise FieldError("embed_show_voice_call", "a boolean", embed_show_voice_call)

        embed_show_voice_record = d.pop("embed_show_voice_record")
        if not isinstance(embed_show_voice_record, bool):
            raise FieldError("embed_show_voice_record", "a boolean", embed_show_voice_record)

        show_explore_mentors = d.pop("show_explore_mentors")
        if not isinstance(show_explore_mentors, bool):
            raise FieldError("show_explore_mentors", "a boolean", show_explore_mentors)

        embed_icon_selection_data = d.pop("embed_icon_selection_data")

        placeholder_prompt = d.pop("placeholder_prompt")
        if not isinstance(placeholder_prompt, str):
            raise FieldError("placeholder_prompt", "a string", placeholder_prompt)

        enable_email_chat = d.pop("enable_email_chat")
        if not isinstance(enable_email_chat, bool):
            raise FieldError("enable_email_chat", "a boolean", enable_email_chat)

        enable_spaced_repetition = d.pop("enable_spaced_repetition")
        if not isinstance(enable_spaced_repetition, bool):
            raise FieldError("enable_spaced_repetition", "a boolean", enable_spaced_repetition)

        enable_instruction_mode = d.pop("enable_instruction_mode")
        if not isinstance(enable_instruction_mode, bool):
            raise FieldError("enable_instruction_mode", "a boolean", enable_instruction_mode)

        enable_socratic_mode = d.pop("enable_socratic_mode")
        if not isinstance(enable_socratic_mode, bool):
            raise FieldError("enable_socratic_mode", "a boolean", enable_socratic_mode)

        is_guided_mentor = d.pop("is_guided_mentor")
        if not isinstance(is_guided_mentor, bool):
            raise FieldError("is_guided_mentor", "a boolean", is_guided_mentor)

        is_featured = d.pop("is_featured")
        if not isinstance(is_featured, bool):
            raise FieldError("is_featured", "a boolean", is_featured)

        enable_guided_prompts = d.pop("enable_guided_prompts")
        if not isinstance(enable_guided_prompts, bool):
            raise FieldError("enable_guided_prompts", "a boolean", enable_guided_prompts)

        save_flagged_prompts = d.pop("save_flagged_prompts")
        if not isinstance(save_flagged_prompts, bool):
            raise FieldError("save_flagged_prompts", "a boolean", save_flagged_prompts)

        enable_moderation = d.pop("enable_moderation")
        if not isinstance(enable_moderation, bool):
            raise FieldError("enable_moderation", "a boolean", enable_moderation)

        enable_multi_query_rag = d.pop("enable_multi_query_rag")
        if not isinstance(enable_multi_query_rag, bool):
            raise FieldError("enable_multi_query_rag", "a boolean", enable_multi_query_rag)

        enable_prompt_caching = d.pop("enable_prompt_caching")
        if not isinstance(enable_prompt_caching, bool):
            raise FieldError("enable_prompt_caching", "a boolean", enable_prompt_caching)

        enable_post_processing_system = d.pop("enable_post_processing_system")
        if not isinstance(enable_post_processing_system, bool):
            raise FieldError(
                "enable_post_processing_system", "a boolean", enable_post_processing_system
            )

        enable_safety_system = d.pop("enable_safety_system")
        if not isinstance(enable_safety_system, bool):
            raise FieldError("enable_safety_system", "a boolean", enable_safety_system)

        forkable = d.pop("forkable")
        if not isinstance(forkable, bool):
            raise FieldError("forkable", "a boolean", forkable)

        forkable_with_training_data = d.pop("forkable_with_training_data")
        if not isinstance(forkable_with_training_data, bool):
            raise FieldError(
                "forkable_with_training_data", "a boolean", forkable_with_training_data
            )

        mentor_name = d.pop("mentor_name")
        if not isinstance(mentor_name, str):
            raise FieldError("mentor_name", "a string", mentor_name)

        _categories = d.pop("categories")
        if not isinstance(_categories, list):
            raise FieldError("categories", "an array", _categories)
        categories = []
        for _categories_index, categories_item_data in enumerate(_categories):
            try:
                categories_item = nested("categories_item", MentorCategory, categories_item_data)

            except PARSE_ERRORS as _categories_error:
                raise within(
                    ("categories", _categories_index), _categories_error, "categories_item"
                ) from _categories_error
            categories.append(categories_item)

        _types = d.pop("types")
        if not isinstance(_types, list):
            raise FieldError("types", "an array", _types)
        types = []
        for _types_index, types_item_data in enumerate(_types):
            try:
                types_item = nested("types_item", MentorType, types_item_data)

            except PARSE_ERRORS as _types_error:
                raise within(("types", _types_index), _types_error, "types_item") from _types_error
            types.append(types_item)

        _subjects = d.pop("subjects")
        if not isinstance(_subjects, list):
            raise FieldError("subjects", "an array", _subjects)
        subjects = []
        for _subjects_index, subjects_item_data in enumerate(_subjects):
            try:
                subjects_item = nested("subjects_item", Subject, subjects_item_data)

            except PARSE_ERRORS as _subjects_error:
                raise within(
                    ("subjects", _subjects_index), _subjects_error, "subjects_item"
                ) from _subjects_error
            subjects.append(subjects_item)

        recently_accessed_at = parse_datetime("recently_accessed_at", d.pop("recently_accessed_at"))

        created_by = d.pop("created_by")
        if not isinstance(created_by, str):
            raise FieldError("created_by", "a string", created_by)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        llm_config = d.pop("llm_config")

        llm_provider = d.pop("llm_provider")
        if not isinstance(llm_provider, str):
            raise FieldError("llm_provider", "a string", llm_provider)

        system_prompt = d.pop("system_prompt")
        if not isinstance(system_prompt, str):
            raise FieldError("system_prompt", "a string", system_prompt)

        llm_temperature = d.pop("llm_temperature")
        if (
            not isinstance(llm_temperature, (int, float))
            or llm_temperature is True
            or llm_temperature is False
        ):
            raise FieldError("llm_temperature", "a number", llm_temperature)

        safety_system_prompt = d.pop("safety_system_prompt")
        if not isinstance(safety_system_prompt, str):
            raise FieldError("safety_system_prompt", "a string", safety_system_prompt)

        safety_response = d.pop("safety_response")
        if not isinstance(safety_response, str):
            raise FieldError("safety_response", "a string", safety_response)

        moderation_system_prompt = d.pop("moderation_system_prompt")
        if not isinstance(moderation_system_prompt, str):
            raise FieldError("moderation_system_prompt", "a string", moderation_system_prompt)

        post_processing_prompt = d.pop("post_processing_prompt")
        if not isinstance(post_processing_prompt, str):
            raise FieldError("post_processing_prompt", "a string", post_processing_prompt)

        moderation_response = d.pop("moderation_response")
        if not isinstance(moderation_response, str):
            raise FieldError("moderation_response", "a string", moderation_response)

        _mcp_servers = d.pop("mcp_servers")
        if not isinstance(_mcp_servers, list):
            raise FieldError("mcp_servers", "an array", _mcp_servers)
        mcp_servers = []
        for _mcp_servers_index, mcp_servers_item_data in enumerate(_mcp_servers):
            try:
                mcp_servers_item = nested("mcp_servers_item", MCPServer, mcp_servers_item_data)

            except PARSE_ERRORS as _mcp_servers_error:
                raise within(
                    ("mcp_servers", _mcp_servers_index), _mcp_servers_error, "mcp_servers_item"
                ) from _mcp_servers_error
            mcp_servers.append(mcp_servers_item)

        department = d.pop("department")
        if not isinstance(department, str):
            raise FieldError("department", "a string", department)

        disable_chathistory = d.pop("disable_chathistory")
        if not isinstance(disable_chathistory, str):
            raise FieldError("disable_chathistory", "a string", disable_chathistory)

        call_configuration = nested(
            "call_configuration", CallConfiguration, d.pop("call_configuration")
        )

        guided_prompt_instructions = d.pop("guided_prompt_instructions")
        if not isinstance(guided_prompt_instructions, str):
            raise FieldError("guided_prompt_instructions", "a string", guided_prompt_instructions)

        seo_tags = d.pop("seo_tags")

        marketing_conversations = d.pop("marketing_conversations")

        template_mentor = d.pop("template_mentor")

        google_voice = d.pop("google_voice")
        if not isinstance(google_voice, str):
            raise FieldError("google_voice", "a string", google_voice)

        openai_voice = d.pop("openai_voice")
        if not isinstance(openai_voice, str):
            raise FieldError("openai_voice", "a string", openai_voice)

        enable_openai_assistant = d.pop("enable_openai_assistant")
        if not isinstance(enable_openai_assistant, bool):
            raise FieldError("enable_openai_assistant", "a boolean", enable_openai_assistant)

        enable_total_grounding = d.pop("enable_total_grounding")
        if not isinstance(enable_total_grounding, bool):
            raise FieldError("enable_total_grounding", "a boolean", enable_total_grounding)

        enable_suggested_prompts = d.pop("enable_suggested_prompts")
        if not isinstance(enable_suggested_prompts, bool):
            raise FieldError("enable_suggested_prompts", "a boolean", enable_suggested_prompts)

        is_deleted = d.pop("is_deleted")
        if not isinstance(is_deleted, bool):
            raise FieldError("is_deleted", "a boolean", is_deleted)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("display_name", "a string or null", data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_profile_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("profile_image", "a string or null", data)

        profile_image = _parse_profile_image(d.pop("profile_image", UNSET))

        def _parse_initial_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("initial_message", "a string or null", data)

        initial_message = _parse_initial_message(d.pop("initial_message", UNSET))

        def _parse_suggested_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("suggested_message", "a string or null", data)

        suggested_message = _parse_suggested_message(d.pop("suggested_message", UNSET))

        _theme = d.pop("theme", UNSET)
        theme: ThemeEnum | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = check_theme_enum(_theme, "theme")

        user_message_color = d.pop("user_message_color", UNSET)
        if not isinstance(user_message_color, (str, Unset)):
            raise FieldError("user_message_color", "a string", user_message_color)

        mentor_bubble_color = d.pop("mentor_bubble_color", UNSET)
        if not isinstance(mentor_bubble_color, (str, Unset)):
            raise FieldError("mentor_bubble_color", "a string", mentor_bubble_color)

        _align_mentor_bubble = d.pop("align_mentor_bubble", UNSET)
        align_mentor_bubble: AlignMentorBubbleEnum | Unset
        if isinstance(_align_mentor_bubble, Unset):
            align_mentor_bubble = UNSET
        else:
            align_mentor_bubble = check_align_mentor_bubble_enum(
                _align_mentor_bubble, "align_mentor_bubble"
            )

        def _parse_mentor_visibility(
            data: object,
        ) -> BlankEnum | MentorVisibilityEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                return check_mentor_visibility_enum(data, "mentor_visibility", known_only=True)
            except PARSE_ERRORS:
                pass
            try:
                return check_blank_enum(data, "mentor_visibility", known_only=True)
            except PARSE_ERRORS:
                pass
            if isinstance(data, str):
                return check_mentor_visibility_enum(data, "mentor_visibility")
            raise FieldError(
                "mentor_visibility", "one of MentorVisibilityEnum or one of BlankEnum or null", data
            )

        mentor_visibility = _parse_mentor_visibility(d.pop("mentor_visibility", UNSET))

        def _parse_enable_image_generation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("enable_image_generation", "a boolean or null", data)

        enable_image_generation = _parse_enable_image_generation(
            d.pop("enable_image_generation", UNSET)
        )

        def _parse_enable_web_browsing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("enable_web_browsing", "a boolean or null", data)

        enable_web_browsing = _parse_enable_web_browsing(d.pop("enable_web_browsing", UNSET))

        def _parse_enable_code_interpreter(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("enable_code_interpreter", "a boolean or null", data)

        enable_code_interpreter = _parse_enable_code_interpreter(
            d.pop("enable_code_interpreter", UNSET)
        )

        def _parse_custom_css(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("custom_css", "a string or null", data)

        custom_css = _parse_custom_css(d.pop("custom_css", UNSET))

        def _parse_custom_javascript(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("custom_javascript", "a string or null", data)

        custom_javascript = _parse_custom_javascript(d.pop("custom_javascript", UNSET))

        def _parse_embed_custom_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("embed_custom_image", "a string or null", data)

        embed_custom_image = _parse_embed_custom_image(d.pop("embed_custom_image", UNSET))

        def _parse_is_lti_accessible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("is_lti_accessible", "a boolean or null", data)

        is_lti_accessible = _parse_is_lti_accessible(d.pop("is_lti_accessible", UNSET))

        mentor_settings = cls(
            id=id,
            mentor=mentor,
            mentor_slug=mentor_slug,
            mentor_unique_id=mentor_unique_id,
            mentor_id=mentor_id,
            metadata=metadata,
            enable_memory_component=enable_memory_component,
            enable_custom_javascript=enable_custom_javascript,
            allow_anonymous=allow_anonymous,
            enable_offline_mode=enable_offline_mode,
            mentor_description=mentor_description,
            suggested_prompts=suggested_prompts,
            proactive_response=proactive_response,
            greeting_method=greeting_method,
            mentor_tools=mentor_tools,
            can_use_tools=can_use_tools,
            llm_name=llm_name,
            proactive_prompt=proactive_prompt,
            study_mode_prompt=study_mode_prompt,
            disclaimer=disclaimer,
            enable_disclaimer=enable_disclaimer,
            show_attachment=show_attachment,
            show_voice_call=show_voice_call,
            show_voice_record=show_voice_record,
            show_rag_images=show_rag_images,
            starter_prompts=starter_prompts,
            embed_is_context_aware=embed_is_context_aware,
            embed_open_by_default=embed_open_by_default,
            embed_show_attachment=embed_show_attachment,
            embed_show_voice_call=embed_show_voice_call,
            embed_show_voice_record=embed_show_voice_record,
            show_explore_mentors=show_explore_mentors,
            embed_icon_selection_data=embed_icon_selection_data,
            placeholder_prompt=placeholder_prompt,
            enable_email_chat=enable_email_chat,
            enable_spaced_repetition=enable_spaced_repetition,
            enable_instruction_mode=enable_instruction_mode,
            enable_socratic_mode=enable_socratic_mode,
            is_guided_mentor=is_guided_mentor,
            is_featured=is_featured,
            enable_guided_prompts=enable_guided_prompts,
            save_flagged_prompts=save_flagged_prompts,
            enable_moderation=enable_moderation,
            enable_multi_query_rag=enable_multi_query_rag,
            enable_prompt_caching=enable_prompt_caching,
            enable_post_processing_system=enable_post_processing_system,
            enable_safety_system=enable_safety_system,
            forkable=forkable,
            forkable_with_training_data=forkable_with_training_data,
            mentor_name=mentor_name,
            categories=categories,
            types=types,
            subjects=subjects,
            recently_accessed_at=recently_accessed_at,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            platform_key=platform_key,
            llm_config=llm_config,
            llm_provider=llm_provider,
            system_prompt=system_prompt,
            llm_temperature=llm_temperature,
            safety_system_prompt=safety_system_prompt,
            safety_response=safety_response,
            moderation_system_prompt=moderation_system_prompt,
            post_processing_prompt=post_processing_prompt,
            moderation_response=moderation_response,
            mcp_servers=mcp_servers,
            department=department,
            disable_chathistory=disable_chathistory,
            call_configuration=call_configuration,
            guided_prompt_instructions=guided_prompt_instructions,
            seo_tags=seo_tags,
            marketing_conversations=marketing_conversations,
            template_mentor=template_mentor,
            google_voice=google_voice,
            openai_voice=openai_voice,
            enable_openai_assistant=enable_openai_assistant,
            enable_total_grounding=enable_total_grounding,
            enable_suggested_prompts=enable_suggested_prompts,
            is_deleted=is_deleted,
            display_name=display_name,
            profile_image=profile_image,
            initial_message=initial_message,
            suggested_message=suggested_message,
            theme=theme,
            user_message_color=user_message_color,
            mentor_bubble_color=mentor_bubble_color,
            align_mentor_bubble=align_mentor_bubble,
            mentor_visibility=mentor_visibility,
            enable_image_generation=enable_image_generation,
            enable_web_browsing=enable_web_browsing,
            enable_code_interpreter=enable_code_interpreter,
            custom_css=custom_css,
            custom_javascript=custom_javascript,
            embed_custom_image=embed_custom_image,
            is_lti_accessible=is_lti_accessible,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_settings.additional_properties = additional_properties
        return mentor_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
