from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    parse_uuid,
    within,
)
from ..models.greeting_method_enum import GreetingMethodEnum, check_greeting_method_enum
from ..models.starter_prompts_b04_enum import StarterPromptsB04Enum, check_starter_prompts_b04_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorCreateRequest")


@_attrs_define
class MentorCreateRequest:
    name: str
    unique_id: UUID | Unset = UNSET
    flow: Any | Unset = UNSET
    """ The langflow json for the mentor """
    slug: str | Unset = UNSET
    platform: str | Unset = UNSET
    allow_anonymous: bool | Unset = UNSET
    enable_offline_mode: bool | Unset = UNSET
    """ Allow this mentor to be used offline with local LLMs """
    metadata: Any | Unset = UNSET
    enable_moderation: bool | Unset = UNSET
    enable_multi_query_rag: bool | Unset = UNSET
    enable_prompt_caching: bool | Unset = UNSET
    """ Enable prompt caching for Anthropic models to reduce latency and cost. This disabled RAG and other dynamic
    parts of system prompt such as memory, current datetime, etc. Use with caution """
    enable_post_processing_system: bool | Unset = UNSET
    enable_openai_assistant: bool | Unset = UNSET
    """ (Deprecated) Set template mentor to openai-agent instead. """
    enable_total_grounding: bool | Unset = UNSET
    """ Whether to force mentor to only use information within the provided documents. """
    enable_suggested_prompts: bool | Unset = UNSET
    """ Whether to show suggested prompts for the mentor or not. Note: Suggested prompts are created by tenant
    admins. """
    enable_guided_prompts: bool | Unset = UNSET
    """ Whether to show suggested prompts for the mentor or not. Note: Guided prompts are created with an llm based
    on chat history. """
    save_flagged_prompts: bool | Unset = UNSET
    google_voice: int | None | Unset = UNSET
    openai_voice: int | None | Unset = UNSET
    guided_prompt_instructions: str | Unset = UNSET
    """ Instructions to determine how prompt suggestions are generated. """
    categories: list[int] | Unset = UNSET
    types: list[int] | Unset = UNSET
    subjects: list[int] | Unset = UNSET
    proactive_prompt: str | Unset = UNSET
    """ Prompt template used to start a conversation with the user when greeting_type is proactive_prompt. This will
    be sent to the LLM so it can respond naturally """
    study_mode_prompt: str | Unset = UNSET
    """ Prompt to be used to guide the user through their studies when study mode tool is enabled. """
    disclaimer: str | Unset = UNSET
    """ Disclaimer to be shown to the user when the mentor is used. """
    enable_disclaimer: bool | Unset = UNSET
    show_attachment: bool | Unset = UNSET
    """ Show attachments on mentor. """
    show_voice_call: bool | Unset = UNSET
    """ Show voice call button on mentor. """
    show_voice_record: bool | Unset = UNSET
    """ Show voice recording button on mentor. """
    show_rag_images: bool | Unset = UNSET
    """ Show RAG images in mentor response. """
    starter_prompts: StarterPromptsB04Enum | Unset = UNSET
    """ * `guided_prompt` - Guided Prompt
    * `suggested_prompt` - Suggested Prompt """
    embed_is_context_aware: bool | Unset = UNSET
    """ Allow embedded mentor to read content on the embedded web page. """
    embed_open_by_default: bool | Unset = UNSET
    """ Open mentor embed iframe by default. """
    embed_show_attachment: bool | Unset = UNSET
    """ Show attachments on embedded mentor. """
    embed_show_voice_call: bool | Unset = UNSET
    """ Show voice call button on embedded mentor. """
    embed_show_voice_record: bool | Unset = UNSET
    """ Show voice recording button on embedded mentor. """
    show_explore_mentors: bool | Unset = UNSET
    """ Show explore mentors option. """
    embed_icon_selection_data: Any | Unset = UNSET
    """ Stores embedded icon selection data for the mentor widget. """
    placeholder_prompt: str | Unset = UNSET
    """ Placeholder to be shown in the input text area when the mentor is used. """
    moderation_system_prompt: str | Unset = UNSET
    """ The prompt for the moderation system. This prompt must clearly distinguish between 'Approapriate' and 'Not
    Appropriate' queries. """
    post_processing_prompt: str | Unset = UNSET
    """ Prompt to be used to alter or modify final llm response into any desired form. """
    moderation_response: str | Unset = UNSET
    """ Desired feedback to return to the user when their prompt is deemed inappropriate. """
    safety_system_prompt: str | Unset = UNSET
    """ Prompt to check whether the models response is appropriate or not. """
    safety_response: str | Unset = UNSET
    """ Feedback given to the user when a model generates an inappropriate response """
    disable_chathistory: bool | Unset = UNSET
    enable_safety_system: bool | Unset = UNSET
    proactive_response: str | Unset = UNSET
    """ Response to start a conversation with a user. """
    mcp_servers: list[int] | Unset = UNSET
    greeting_method: GreetingMethodEnum | Unset = UNSET
    """ * `proactive_prompt` - Proactive Prompt
    * `proactive_response` - Proactive Response """
    last_accessed_by: int | None | Unset = UNSET
    """ edX user ID """
    recently_accessed_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        unique_id: str | Unset = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = str(self.unique_id)

        flow = self.flow

        slug = self.slug

        platform = self.platform

        allow_anonymous = self.allow_anonymous

        enable_offline_mode = self.enable_offline_mode

        metadata = self.metadata

        enable_moderation = self.enable_moderation

        enable_multi_query_rag = self.enable_multi_query_rag

        enable_prompt_caching = self.enable_prompt_caching

        enable_post_processing_system = self.enable_post_processing_system

        enable_openai_assistant = self.enable_openai_assistant

        enable_total_grounding = self.enable_total_grounding

        enable_suggested_prompts = self.enable_suggested_prompts

        enable_guided_prompts = self.enable_guided_prompts

        save_flagged_prompts = self.save_flagged_prompts

        google_voice: int | None | Unset
        if isinstance(self.google_voice, Unset):
            google_voice = UNSET
        else:
            google_voice = self.google_voice

        openai_voice: int | None | Unset
        if isinstance(self.openai_voice, Unset):
            openai_voice = UNSET
        else:
            openai_voice = self.openai_voice

        guided_prompt_instructions = self.guided_prompt_instructions

        categories: list[int] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        types: list[int] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types

        subjects: list[int] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        proactive_prompt = self.proactive_prompt

        study_mode_prompt = self.study_mode_prompt

        disclaimer = self.disclaimer

        enable_disclaimer = self.enable_disclaimer

        show_attachment = self.show_attachment

        show_voice_call = self.show_voice_call

        show_voice_record = self.show_voice_record

        show_rag_images = self.show_rag_images

        starter_prompts: str | Unset = UNSET
        if not isinstance(self.starter_prompts, Unset):
            starter_prompts = self.starter_prompts

        embed_is_context_aware = self.embed_is_context_aware

        embed_open_by_default = self.embed_open_by_default

        embed_show_attachment = self.embed_show_attachment

        embed_show_voice_call = self.embed_show_voice_call

        embed_show_voice_record = self.embed_show_voice_record

        show_explore_mentors = self.show_explore_mentors

        embed_icon_selection_data = self.embed_icon_selection_data

        placeholder_prompt = self.placeholder_prompt

        moderation_system_prompt = self.moderation_system_prompt

        post_processing_prompt = self.post_processing_prompt

        moderation_response = self.moderation_response

        safety_system_prompt = self.safety_system_prompt

        safety_response = self.safety_response

        disable_chathistory = self.disable_chathistory

        enable_safety_system = self.enable_safety_system

        proactive_response = self.proactive_response

        mcp_servers: list[int] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = self.mcp_servers

        greeting_method: str | Unset = UNSET
        if not isinstance(self.greeting_method, Unset):
            greeting_method = self.greeting_method

        last_accessed_by: int | None | Unset
        if isinstance(self.last_accessed_by, Unset):
            last_accessed_by = UNSET
        else:
            last_accessed_by = self.last_accessed_by

        recently_accessed_at: None | str | Unset
        if isinstance(self.recently_accessed_at, Unset):
            recently_accessed_at = UNSET
        elif isinstance(self.recently_accessed_at, datetime.datetime):
            recently_accessed_at = self.recently_accessed_at.isoformat()
        else:
            recently_accessed_at = self.recently_accessed_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if flow is not UNSET:
            field_dict["flow"] = flow
        if slug is not UNSET:
            field_dict["slug"] = slug
        if platform is not UNSET:
            field_dict["platform"] = platform
        if allow_anonymous is not UNSET:
            field_dict["allow_anonymous"] = allow_anonymous
        if enable_offline_mode is not UNSET:
            field_dict["enable_offline_mode"] = enable_offline_mode
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if enable_moderation is not UNSET:
            field_dict["enable_moderation"] = enable_moderation
        if enable_multi_query_rag is not UNSET:
            field_dict["enable_multi_query_rag"] = enable_multi_query_rag
        if enable_prompt_caching is not UNSET:
            field_dict["enable_prompt_caching"] = enable_prompt_caching
        if enable_post_processing_system is not UNSET:
            field_dict["enable_post_processing_system"] = enable_post_processing_system
        if enable_openai_assistant is not UNSET:
            field_dict["enable_openai_assistant"] = enable_openai_assistant
        if enable_total_grounding is not UNSET:
            field_dict["enable_total_grounding"] = enable_total_grounding
        if enable_suggested_prompts is not UNSET:
            field_dict["enable_suggested_prompts"] = enable_suggested_prompts
        if enable_guided_prompts is not UNSET:
            field_dict["enable_guided_prompts"] = enable_guided_prompts
        if save_flagged_prompts is not UNSET:
            field_dict["save_flagged_prompts"] = save_flagged_prompts
        if google_voice is not UNSET:
            field_dict["google_voice"] = google_voice
        if openai_voice is not UNSET:
            field_dict["openai_voice"] = openai_voice
        if guided_prompt_instructions is not UNSET:
            field_dict["guided_prompt_instructions"] = guided_prompt_instructions
        if categories is not UNSET:
            field_dict["categories"] = categories
        if types is not UNSET:
            field_dict["types"] = types
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if proactive_prompt is not UNSET:
            field_dict["proactive_prompt"] = proactive_prompt
        if study_mode_prompt is not UNSET:
            field_dict["study_mode_prompt"] = study_mode_prompt
        if disclaimer is not UNSET:
            field_dict["disclaimer"] = disclaimer
        if enable_disclaimer is not UNSET:
            field_dict["enable_disclaimer"] = enable_disclaimer
        if show_attachment is not UNSET:
            field_dict["show_attachment"] = show_attachment
        if show_voice_call is not UNSET:
            field_dict["show_voice_call"] = show_voice_call
        if show_voice_record is not UNSET:
            field_dict["show_voice_record"] = show_voice_record
        if show_rag_images is not UNSET:
            field_dict["show_rag_images"] = show_rag_images
        if starter_prompts is not UNSET:
            field_dict["starter_prompts"] = starter_prompts
        if embed_is_context_aware is not UNSET:
            field_dict["embed_is_context_aware"] = embed_is_context_aware
        if embed_open_by_default is not UNSET:
            field_dict["embed_open_by_default"] = embed_open_by_default
        if embed_show_attachment is not UNSET:
            field_dict["embed_show_attachment"] = embed_show_attachment
        if embed_show_voice_call is not UNSET:
            field_dict["embed_show_voice_call"] = embed_show_voice_call
        if embed_show_voice_record is not UNSET:
            field_dict["embed_show_voice_record"] = embed_show_voice_record
        if show_explore_mentors is not UNSET:
            field_dict["show_explore_mentors"] = show_explore_mentors
        if embed_icon_selection_data is not UNSET:
            field_dict["embed_icon_selection_data"] = embed_icon_selection_data
        if placeholder_prompt is not UNSET:
            field_dict["placeholder_prompt"] = placeholder_prompt
        if moderation_system_prompt is not UNSET:
            field_dict["moderation_system_prompt"] = moderation_system_prompt
        if post_processing_prompt is not UNSET:
            field_dict["post_processing_prompt"] = post_processing_prompt
        if moderation_response is not UNSET:
            field_dict["moderation_response"] = moderation_response
        if safety_system_prompt is not UNSET:
            field_dict["safety_system_prompt"] = safety_system_prompt
        if safety_response is not UNSET:
            field_dict["safety_response"] = safety_response
        if disable_chathistory is not UNSET:
            field_dict["disable_chathistory"] = disable_chathistory
        if enable_safety_system is not UNSET:
            field_dict["enable_safety_system"] = enable_safety_system
        if proactive_response is not UNSET:
            field_dict["proactive_response"] = proactive_response
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if greeting_method is not UNSET:
            field_dict["greeting_method"] = greeting_method
        if last_accessed_by is not UNSET:
            field_dict["last_accessed_by"] = last_accessed_by
        if recently_accessed_at is not UNSET:
            field_dict["recently_accessed_at"] = recently_accessed_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        _unique_id = d.pop("unique_id", UNSET)
        unique_id: UUID | Unset
        if isinstance(_unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = parse_uuid("unique_id", _unique_id)

        flow = d.pop("flow", UNSET)

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, (str, Unset)):
            raise FieldError("slug", "a string", slug)

        platform = d.pop("platform", UNSET)
        if not isinstance(platform, (str, Unset)):
            raise FieldError("platform", "a string", platform)

        allow_anonymous = d.pop("allow_anonymous", UNSET)
        if not isinstance(allow_anonymous, (bool, Unset)):
            raise FieldError("allow_anonymous", "a boolean", allow_anonymous)

        enable_offline_mode = d.pop("enable_offline_mode", UNSET)
        if not isinstance(enable_offline_mode, (bool, Unset)):
            raise FieldError("enable_offline_mode", "a boolean", enable_offline_mode)

        metadata = d.pop("metadata", UNSET)

        enable_moderation = d.pop("enable_moderation", UNSET)
        if not isinstance(enable_moderation, (bool, Unset)):
            raise FieldError("enable_moderation", "a boolean", enable_moderation)

        enable_multi_query_rag = d.pop("enable_multi_query_rag", UNSET)
        if not isinstance(enable_multi_query_rag, (bool, Unset)):
            raise FieldError("enable_multi_query_rag", "a boolean", enable_multi_query_rag)

        enable_prompt_caching = d.pop("enable_prompt_caching", UNSET)
        if not isinstance(enable_prompt_caching, (bool, Unset)):
            raise FieldError("enable_prompt_caching", "a boolean", enable_prompt_caching)

        enable_post_processing_system = d.pop("enable_post_processing_system", UNSET)
        if not isinstance(enable_post_processing_system, (bool, Unset)):
            raise FieldError(
                "enable_post_processing_system", "a boolean", enable_post_processing_system
            )

        enable_openai_assistant = d.pop("enable_openai_assistant", UNSET)
        if not isinstance(enable_openai_assistant, (bool, Unset)):
            raise FieldError("enable_openai_assistant", "a boolean", enable_openai_assistant)

        enable_total_grounding = d.pop("enable_total_grounding", UNSET)
        if not isinstance(enable_total_grounding, (bool, Unset)):
            raise FieldError("enable_total_grounding", "a boolean", enable_total_grounding)

        enable_suggested_prompts = d.pop("enable_suggested_prompts", UNSET)
        if not isinstance(enable_suggested_prompts, (bool, Unset)):
            raise FieldError("enable_suggested_prompts", "a boolean", enable_suggested_prompts)

        enable_guided_prompts = d.pop("enable_guided_prompts", UNSET)
        if not isinstance(enable_guided_prompts, (bool, Unset)):
            raise FieldError("enable_guided_prompts", "a boolean", enable_guided_prompts)

        save_flagged_prompts = d.pop("save_flagged_prompts", UNSET)
        if not isinstance(save_flagged_prompts, (bool, Unset)):
            raise FieldError("save_flagged_prompts", "a boolean", save_flagged_prompts)

        def _parse_google_voice(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("google_voice", "an integer or null", data)

        google_voice = _parse_google_voice(d.pop("google_voice", UNSET))

        def _parse_openai_voice(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("openai_voice", "an integer or null", data)

        openai_voice = _parse_openai_voice(d.pop("openai_voice", UNSET))

        guided_prompt_instructions = d.pop("guided_prompt_instructions", UNSET)
        if not isinstance(guided_prompt_instructions, (str, Unset)):
            raise FieldError("guided_prompt_instructions", "a string", guided_prompt_instructions)

        _categories = d.pop("categories", UNSET)
        categories: list[int] | Unset = UNSET
        if _categories is not UNSET:
            if not isinstance(_categories, list):
                raise FieldError("categories", "an array", _categories)
            categories = []
            for _categories_index, categories_item_data in enumerate(_categories):
                try:
                    categories_item = categories_item_data
                    if (
                        not isinstance(categories_item, int)
                        or categories_item is True
                        or categories_item is False
                    ):
                        raise FieldError("categories_item", "an integer", categories_item)

                except PARSE_ERRORS as _categories_error:
                    raise within(
                        ("categories", _categories_index), _categories_error, "categories_item"
                    ) from _categories_error
                categories.append(categories_item)

        _types = d.pop("types", UNSET)
        types: list[int] | Unset = UNSET
        if _types is not UNSET:
            if not isinstance(_types, list):
                raise FieldError("types", "an array", _types)
            types = []
            for _types_index, types_item_data in enumerate(_types):
                try:
                    types_item = types_item_data
                    if not isinstance(types_item, int) or types_item is True or types_item is False:
                        raise FieldError("types_item", "an integer", types_item)

                except PARSE_ERRORS as _types_error:
                    raise within(
                        ("types", _types_index), _types_error, "types_item"
                    ) from _types_error
                types.append(types_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[int] | Unset = UNSET
        if _subjects is not UNSET:
            if not isinstance(_subjects, list):
                raise FieldError("subjects", "an array", _subjects)
            subjects = []
            for _subjects_index, subjects_item_data in enumerate(_subjects):
                try:
                    subjects_item = subjects_item_data
                    if (
                        not isinstance(subjects_item, int)
                        or subjects_item is True
                        or subjects_item is False
                    ):
                        raise FieldError("subjects_item", "an integer", subjects_item)

                except PARSE_ERRORS as _subjects_error:
                    raise within(
                        ("subjects", _subjects_index), _subjects_error, "subjects_item"
                    ) from _subjects_error
                subjects.append(subjects_item)

        proactive_prompt = d.pop("proactive_prompt", UNSET)
        if not isinstance(proactive_prompt, (str, Unset)):
            raise FieldError("proactive_prompt", "a string", proactive_prompt)

        study_mode_prompt = d.pop("study_mode_prompt", UNSET)
        if not isinstance(study_mode_prompt, (str, Unset)):
            raise FieldError("study_mode_prompt", "a string", study_mode_prompt)

        disclaimer = d.pop("disclaimer", UNSET)
        if not isinstance(disclaimer, (str, Unset)):
            raise FieldError("disclaimer", "a string", disclaimer)

        enable_disclaimer = d.pop("enable_disclaimer", UNSET)
        if not isinstance(enable_disclaimer, (bool, Unset)):
            raise FieldError("enable_disclaimer", "a boolean", enable_disclaimer)

        show_attachment = d.pop("show_attachment", UNSET)
        if not isinstance(show_attachment, (bool, Unset)):
            raise FieldError("show_attachment", "a boolean", show_attachment)

        show_voice_call = d.pop("show_voice_call", UNSET)
        if not isinstance(show_voice_call, (bool, Unset)):
            raise FieldError("show_voice_call", "a boolean", show_voice_call)

        show_voice_record = d.pop("show_voice_record", UNSET)
        if not isinstance(show_voice_record, (bool, Unset)):
            raise FieldError("show_voice_record", "a boolean", show_voice_record)

        show_rag_images = d.pop("show_rag_images", UNSET)
        if not isinstance(show_rag_images, (bool, Unset)):
            raise FieldError("show_rag_images", "a boolean", show_rag_images)

        _starter_prompts = d.pop("starter_prompts", UNSET)
        starter_prompts: StarterPromptsB04Enum | Unset
        if isinstance(_starter_prompts, Unset):
            starter_prompts = UNSET
        else:
            starter_prompts = check_starter_prompts_b04_enum(_starter_prompts, "starter_prompts")

        embed_is_context_aware = d.pop("embed_is_context_aware", UNSET)
        if not isinstance(embed_is_context_aware, (bool, Unset)):
            raise FieldError("embed_is_context_aware", "a boolean", embed_is_context_aware)

        embed_open_by_default = d.pop("embed_open_by_default", UNSET)
        if not isinstance(embed_open_by_default, (bool, Unset)):
            raise FieldError("embed_open_by_default", "a boolean", embed_open_by_default)

        embed_show_attachment = d.pop("embed_show_attachment", UNSET)
        if not isinstance(embed_show_attachment, (bool, Unset)):
            raise FieldError("embed_show_attachment", "a boolean", embed_show_attachment)

        embed_show_voice_call = d.pop("embed_show_voice_call", UNSET)
        if not isinstance(embed_show_voice_call, (bool, Unset)):
            raise FieldError("embed_show_voice_call", "a boolean", embed_show_voice_call)

        embed_show_voice_record = d.pop("embed_show_voice_record", UNSET)
        if not isinstance(embed_show_voice_record, (bool, Unset)):
            raise FieldError("embed_show_voice_record", "a boolean", embed_show_voice_record)

        show_explore_mentors = d.pop("show_explore_mentors", UNSET)
        if not isinstance(show_explore_mentors, (bool, Unset)):
            raise FieldError("show_explore_mentors", "a boolean", show_explore_mentors)

        embed_icon_selection_data = d.pop("embed_icon_selection_data", UNSET)

        placeholder_prompt = d.pop("placeholder_prompt", UNSET)
        if not isinstance(placeholder_prompt, (str, Unset)):
            raise FieldError("placeholder_prompt", "a string", placeholder_prompt)

        moderation_system_prompt = d.pop("moderation_system_prompt", UNSET)
        if not isinstance(moderation_system_prompt, (str, Unset)):
            raise FieldError("moderation_system_prompt", "a string", moderation_system_prompt)

        post_processing_prompt = d.pop("post_processing_prompt", UNSET)
        if not isinstance(post_processing_prompt, (str, Unset)):
            raise FieldError("post_processing_prompt", "a string", post_processing_prompt)

        moderation_response = d.pop("moderation_response", UNSET)
        if not isinstance(moderation_response, (str, Unset)):
            raise FieldError("moderation_response", "a string", moderation_response)

        safety_system_prompt = d.pop("safety_system_prompt", UNSET)
        if not isinstance(safety_system_prompt, (str, Unset)):
            raise FieldError("safety_system_prompt", "a string", safety_system_prompt)

        safety_response = d.pop("safety_response", UNSET)
        if not isinstance(safety_response, (str, Unset)):
            raise FieldError("safety_response", "a string", safety_response)

        disable_chathistory = d.pop("disable_chathistory", UNSET)
        if not isinstance(disable_chathistory, (bool, Unset)):
            raise FieldError("disable_chathistory", "a boolean", disable_chathistory)

        enable_safety_system = d.pop("enable_safety_system", UNSET)
        if not isinstance(enable_safety_system, (bool, Unset)):
            raise FieldError("enable_safety_system", "a boolean", enable_safety_system)

        proactive_response = d.pop("proactive_response", UNSET)
        if not isinstance(proactive_response, (str, Unset)):
            raise FieldError("proactive_response", "a string", proactive_response)

        _mcp_servers = d.pop("mcp_servers", UNSET)
        mcp_servers: list[int] | Unset = UNSET
        if _mcp_servers is not UNSET:
            if not isinstance(_mcp_servers, list):
                raise FieldError("mcp_servers", "an array", _mcp_servers)
            mcp_servers = []
            for _mcp_servers_index, mcp_servers_item_data in enumerate(_mcp_servers):
                try:
                    mcp_servers_item = mcp_servers_item_data
                    if (
                        not isinstance(mcp_servers_item, int)
                        or mcp_servers_item is True
                        or mcp_servers_item is False
                    ):
                        raise FieldError("mcp_servers_item", "an integer", mcp_servers_item)

                except PARSE_ERRORS as _mcp_servers_error:
                    raise within(
                        ("mcp_servers", _mcp_servers_index), _mcp_servers_error, "mcp_servers_item"
                    ) from _mcp_servers_error
                mcp_servers.append(mcp_servers_item)

        _greeting_method = d.pop("greeting_method", UNSET)
        greeting_method: GreetingMethodEnum | Unset
        if isinstance(_greeting_method, Unset):
            greeting_method = UNSET
        else:
            greeting_method = check_greeting_method_enum(_greeting_method, "greeting_method")

        def _parse_last_accessed_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("last_accessed_by", "an integer or null", data)

        last_accessed_by = _parse_last_accessed_by(d.pop("last_accessed_by", UNSET))

        def _parse_recently_accessed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    recently_accessed_at_type_0 = parse_datetime(
                        "recently_accessed_at_type_0", data
                    )

                    return recently_accessed_at_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error,
                        within("recently_accessed_at", member_error, "recently_accessed_at_type_0"),
                    )
            if error is not None:
                raise error
            raise FieldError("recently_accessed_at", "a date-time string or null", data)

        recently_accessed_at = _parse_recently_accessed_at(d.pop("recently_accessed_at", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("created_by", "a string or null", data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        mentor_create_request = cls(
            name=name,
            unique_id=unique_id,
            flow=flow,
            slug=slug,
            platform=platform,
            allow_anonymous=allow_anonymous,
            enable_offline_mode=enable_offline_mode,
            metadata=metadata,
            enable_moderation=enable_moderation,
            enable_multi_query_rag=enable_multi_query_rag,
            enable_prompt_caching=enable_prompt_caching,
            enable_post_processing_system=enable_post_processing_system,
            enable_openai_assistant=enable_openai_assistant,
            enable_total_grounding=enable_total_grounding,
            enable_suggested_prompts=enable_suggested_prompts,
            enable_guided_prompts=enable_guided_prompts,
            save_flagged_prompts=save_flagged_prompts,
            google_voice=google_voice,
            openai_voice=openai_voice,
            guided_prompt_instructions=guided_prompt_instructions,
            categories=categories,
            types=types,
            subjects=subjects,
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
            moderation_system_prompt=moderation_system_prompt,
            post_processing_prompt=post_processing_prompt,
            moderation_response=moderation_response,
            safety_system_prompt=safety_system_prompt,
            safety_response=safety_response,
            disable_chathistory=disable_chathistory,
            enable_safety_system=enable_safety_system,
            proactive_response=proactive_response,
            mcp_servers=mcp_servers,
            greeting_method=greeting_method,
            last_accessed_by=last_accessed_by,
            recently_accessed_at=recently_accessed_at,
            created_by=created_by,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_create_request.additional_properties = additional_properties
        return mentor_create_request

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
