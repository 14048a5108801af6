from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    within,
)
from ..models.greeting_method_enum import GreetingMethodEnum, check_greeting_method_enum
from ..models.starter_prompts_8c6_enum import StarterPrompts8C6Enum, check_starter_prompts_8c6_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorFromTemplateWithSettingRequest")


@_attrs_define
class MentorFromTemplateWithSettingRequest:
    template_name: str
    new_mentor_name: str
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    profile_image: str | Unset = UNSET
    initial_message: str | Unset = UNSET
    suggested_message: str | Unset = UNSET
    theme: str | Unset = UNSET
    user_message_color: str | Unset = UNSET
    mentor_bubble_color: str | Unset = UNSET
    align_mentor_bubble: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    llm_provider: str | Unset = UNSET
    llm_name: str | Unset = UNSET
    mentor_visibility: str | Unset = UNSET
    enable_image_generation: bool | Unset = UNSET
    enable_web_browsing: bool | Unset = UNSET
    enable_code_interpreter: bool | Unset = UNSET
    metadata: Any | Unset = UNSET
    custom_css: str | Unset = UNSET
    custom_javascript: str | Unset = UNSET
    uploaded_profile_image: str | Unset = UNSET
    embed_custom_image: str | Unset = UNSET
    proactive_response: str | Unset = UNSET
    greeting_method: GreetingMethodEnum | Unset = UNSET
    """ * `proactive_prompt` - Proactive Prompt
    * `proactive_response` - Proactive Response """
    forkable: bool | Unset = UNSET
    forkable_with_training_data: bool | Unset = UNSET
    categories: list[int] | Unset = UNSET
    types: list[int] | Unset = UNSET
    subjects: list[int] | Unset = UNSET
    tool_slugs: list[str] | Unset = UNSET
    llm_temperature: float | Unset = UNSET
    seo_tags: Any | Unset = UNSET
    marketing_conversations: Any | Unset = UNSET
    proactive_prompt: str | Unset = UNSET
    study_mode_prompt: str | Unset = UNSET
    disclaimer: str | Unset = UNSET
    enable_disclaimer: bool | Unset = UNSET
    show_attachment: bool | Unset = UNSET
    show_voice_call: bool | Unset = UNSET
    show_voice_record: bool | Unset = UNSET
    show_rag_images: bool | Unset = UNSET
    starter_prompts: StarterPrompts8C6Enum | Unset = UNSET
    """ * `guided_prompt` - guided_prompt
    * `suggested_prompt` - suggested_prompt """
    embed_is_context_aware: bool | Unset = UNSET
    embed_open_by_default: bool | Unset = UNSET
    embed_show_attachment: bool | Unset = UNSET
    embed_show_voice_call: bool | Unset = UNSET
    embed_show_voice_record: bool | Unset = UNSET
    show_explore_mentors: bool | Unset = UNSET
    embed_icon_selection_data: Any | Unset = UNSET
    placeholder_prompt: str | Unset = UNSET
    moderation_system_prompt: str | Unset = UNSET
    post_processing_prompt: str | Unset = UNSET
    moderation_response: str | Unset = UNSET
    enable_moderation: bool | Unset = UNSET
    enable_multi_query_rag: bool | Unset = UNSET
    enable_prompt_caching: bool | Unset = UNSET
    enable_post_processing_system: bool | Unset = UNSET
    enable_openai_assistant: bool | Unset = UNSET
    enable_total_grounding: bool | Unset = UNSET
    google_voice: int | Unset = UNSET
    openai_voice: int | Unset = UNSET
    enable_suggested_prompts: bool | None | Unset = UNSET
    enable_guided_prompts: bool | None | Unset = UNSET
    save_flagged_prompts: bool | None | Unset = UNSET
    mcp_servers: list[int] | None | Unset = UNSET
    guided_prompt_instructions: None | str | Unset = UNSET
    is_featured: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_name = self.template_name

        new_mentor_name = self.new_mentor_name

        display_name = self.display_name

        description = self.description

        profile_image = self.profile_image

        initial_message = self.initial_message

        suggested_message = self.suggested_message

        theme = self.theme

        user_message_color = self.user_message_color

        mentor_bubble_color = self.mentor_bubble_color

        align_mentor_bubble = self.align_mentor_bubble

        system_prompt = self.system_prompt

        llm_provider = self.llm_provider

        llm_name = self.llm_name

        mentor_visibility = self.mentor_visibility

        enable_image_generation = self.enable_image_generation

        enable_web_browsing = self.enable_web_browsing

        enable_code_interpreter = self.enable_code_interpreter

        metadata = self.metadata

        custom_css = self.custom_css

        custom_javascript = self.custom_javascript

        uploaded_profile_image = self.uploaded_profile_image

        embed_custom_image = self.embed_custom_image

        proactive_response = self.proactive_response

        greeting_method: str | Unset = UNSET
        if not isinstance(self.greeting_method, Unset):
            greeting_method = self.greeting_method

        forkable = self.forkable

        forkable_with_training_data = self.forkable_with_training_data

        categories: list[int] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        types: list[int] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types

        subjects: list[int] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        tool_slugs: list[str] | Unset = UNSET
        if not isinstance(self.tool_slugs, Unset):
            tool_slugs = self.tool_slugs

        llm_temperature = self.llm_temperature

        seo_tags = self.seo_tags

        marketing_conversations = self.marketing_conversations

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

        enable_moderation = self.enable_moderation

        enable_multi_query_rag = self.enable_multi_query_rag

        enable_prompt_caching = self.enable_prompt_caching

        enable_post_processing_system = self.enable_post_processing_system

        enable_openai_assistant = self.enable_openai_assistant

        enable_total_grounding = self.enable_total_grounding

        google_voice = self.google_voice

        openai_voice = self.openai_voice

        enable_suggested_prompts: bool | None | Unset
        if isinstance(self.enable_suggested_prompts, Unset):
            enable_suggested_prompts = UNSET
        else:
            enable_suggested_prompts = self.enable_suggested_prompts

        enable_guided_prompts: bool | None | Unset
        if isinstance(self.enable_guided_prompts, Unset):
            enable_guided_prompts = UNSET
        else:
            enable_guided_prompts = self.enable_guided_prompts

        save_flagged_prompts: bool | None | Unset
        if isinstance(self.save_flagged_prompts, Unset):
            save_flagged_prompts = UNSET
        else:
            save_flagged_prompts = self.save_flagged_prompts

        mcp_servers: list[int] | None | Unset
        if isinstance(self.mcp_servers, Unset):
            mcp_servers = UNSET
        elif isinstance(self.mcp_servers, list):
            mcp_servers = self.mcp_servers

        else:
            mcp_servers = self.mcp_servers

        guided_prompt_instructions: None | str | Unset
        if isinstance(self.guided_prompt_instructions, Unset):
            guided_prompt_instructions = UNSET
        else:
            guided_prompt_instructions = self.guided_prompt_instructions

        is_featured = self.is_featured

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_name": template_name,
                "new_mentor_name": new_mentor_name,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
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
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if llm_provider is not UNSET:
            field_dict["llm_provider"] = llm_provider
        if llm_name is not UNSET:
            field_dict["llm_name"] = llm_name
        if mentor_visibility is not UNSET:
            field_dict["mentor_visibility"] = mentor_visibility
        if enable_image_generation is not UNSET:
            field_dict["enable_image_generation"] = enable_image_generation
        if enable_web_browsing is not UNSET:
            field_dict["enable_web_browsing"] = enable_web_browsing
        if enable_code_interpreter is not UNSET:
            field_dict["enable_code_interpreter"] = enable_code_interpreter
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if custom_css is not UNSET:
            field_dict["custom_css"] = custom_css
        if custom_javascript is not UNSET:
            field_dict["custom_javascript"] = custom_javascript
        if uploaded_profile_image is not UNSET:
            field_dict["uploaded_profile_image"] = uploaded_profile_image
        if embed_custom_image is not UNSET:
            field_dict["embed_custom_image"] = embed_custom_image
        if proactive_response is not UNSET:
            field_dict["proactive_response"] = proactive_response
        if greeting_method is not UNSET:
            field_dict["greeting_method"] = greeting_method
        if forkable is not UNSET:
            field_dict["forkable"] = forkable
        if forkable_with_training_data is not UNSET:
            field_dict["forkable_with_training_data"] = forkable_with_training_data
        if categories is not UNSET:
            field_dict["categories"] = categories
        if types is not UNSET:
            field_dict["types"] = types
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if tool_slugs is not UNSET:
            field_dict["tool_slugs"] = tool_slugs
        if llm_temperature is not UNSET:
            field_dict["llm_temperature"] = llm_temperature
        if seo_tags is not UNSET:
            field_dict["seo_tags"] = seo_tags
        if marketing_conversations is not UNSET:
            field_dict["marketing_conversations"] = marketing_conversations
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
        if google_voice is not UNSET:
            field_dict["google_voice"] = google_voice
        if openai_voice is not UNSET:
            field_dict["openai_voice"] = openai_voice
        if enable_suggested_prompts is not UNSET:
            field_dict["enable_suggested_prompts"] = enable_suggested_prompts
        if enable_guided_prompts is not UNSET:
            field_dict["enable_guided_prompts"] = enable_guided_prompts
        if save_flagged_prompts is not UNSET:
            field_dict["save_flagged_prompts"] = save_flagged_prompts
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if guided_prompt_instructions is not UNSET:
            field_dict["guided_prompt_instructions"] = guided_prompt_instructions
        if is_featured is not UNSET:
            field_dict["is_featured"] = is_featured

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_name = d.pop("template_name")
        if not isinstance(template_name, str):
            raise FieldError("template_name", "a string", template_name)

        new_mentor_name = d.pop("new_mentor_name")
        if not isinstance(new_mentor_name, str):
            raise FieldError("new_mentor_name", "a string", new_mentor_name)

        display_name = d.pop("display_name", UNSET)
        if not isinstance(display_name, (str, Unset)):
            raise FieldError("display_name", "a string", display_name)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        profile_image = d.pop("profile_image", UNSET)
        if not isinstance(profile_image, (str, Unset)):
            raise FieldError("profile_image", "a string", profile_image)

        initial_message = d.pop("initial_message", UNSET)
        if not isinstance(initial_message, (str, Unset)):
            raise FieldError("initial_message", "a string", initial_message)

        suggested_message = d.pop("suggested_message", UNSET)
        if not isinstance(suggested_message, (str, Unset)):
            raise FieldError("suggested_message", "a string", suggested_message)

        theme = d.pop("theme", UNSET)
        if not isinstance(theme, (str, Unset)):
            raise FieldError("theme", "a string", theme)

        user_message_color = d.pop("user_message_color", UNSET)
        if not isinstance(user_message_color, (str, Unset)):
            raise FieldError("user_message_color", "a string", user_message_color)

        mentor_bubble_color = d.pop("mentor_bubble_color", UNSET)
        if not isinstance(mentor_bubble_color, (str, Unset)):
            raise FieldError("mentor_bubble_color", "a string", mentor_bubble_color)

        align_mentor_bubble = d.pop("align_mentor_bubble", UNSET)
        if not isinstance(align_mentor_bubble, (str, Unset)):
            raise FieldError("align_mentor_bubble", "a string", align_mentor_bubble)

        system_prompt = d.pop("system_prompt", UNSET)
        if not isinstance(system_prompt, (str, Unset)):
            raise FieldError("system_prompt", "a string", system_prompt)

        llm_provider = d.pop("llm_provider", UNSET)
        if not isinstance(llm_provider, (str, Unset)):
            raise FieldError("llm_provider", "a string", llm_provider)

        llm_name = d.pop("llm_name", UNSET)
        if not isinstance(llm_name, (str, Unset)):
            raise FieldError("llm_name", "a string", llm_name)

        mentor_visibility = d.pop("mentor_visibility", UNSET)
        if not isinstance(mentor_visibility, (str, Unset)):
            raise FieldError("mentor_visibility", "a string", mentor_visibility)

        enable_image_generation = d.pop("enable_image_generation", UNSET)
        if not isinstance(enable_image_generation, (bool, Unset)):
            raise FieldError("enable_image_generation", "a boolean", enable_image_generation)

        enable_web_browsing = d.pop("enable_web_browsing", UNSET)
        if not isinstance(enable_web_browsing, (bool, Unset)):
            raise FieldError("enable_web_browsing", "a boolean", enable_web_browsing)

        enable_code_interpreter = d.pop("enable_code_interpreter", UNSET)
        if not isinstance(enable_code_interpreter, (bool, Unset)):
            raise FieldError("enable_code_interpreter", "a boolean", enable_code_interpreter)

        metadata = d.pop("metadata", UNSET)

        custom_css = d.pop("custom_css", UNSET)
        if not isinstance(custom_css, (str, Unset)):
            raise FieldError("custom_css", "a string", custom_css)

        custom_javascript = d.pop("custom_javascript", UNSET)
        if not isinstance(custom_javascript, (str, Unset)):
            raise FieldError("custom_javascript", "a string", custom_javascript)

        uploaded_profile_image = d.pop("uploaded_profile_image", UNSET)
        if not isinstance(uploaded_profile_image, (str, Unset)):
            raise FieldError("uploaded_profile_image", "a string", uploaded_profile_image)

        embed_custom_image = d.pop("embed_custom_image", UNSET)
        if not isinstance(embed_custom_image, (str, Unset)):
            raise FieldError("embed_custom_image", "a string", embed_custom_image)

        proactive_response = d.pop("proactive_response", UNSET)
        if not isinstance(proactive_response, (str, Unset)):
            raise FieldError("proactive_response", "a string", proactive_response)

        _greeting_method = d.pop("greeting_method", UNSET)
        greeting_method: GreetingMethodEnum | Unset
        if isinstance(_greeting_method, Unset):
            greeting_method = UNSET
        else:
            greeting_method = check_greeting_method_enum(_greeting_method, "greeting_method")

        forkable = d.pop("forkable", UNSET)
        if not isinstance(forkable, (bool, Unset)):
            raise FieldError("forkable", "a boolean", forkable)

        forkable_with_training_data = d.pop("forkable_with_training_data", UNSET)
        if not isinstance(forkable_with_training_data, (bool, Unset)):
            raise FieldError(
                "forkable_with_training_data", "a boolean", forkable_with_training_data
            )

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

        _tool_slugs = d.pop("tool_slugs", UNSET)
        tool_slugs: list[str] | Unset = UNSET
        if _tool_slugs is not UNSET:
            if not isinstance(_tool_slugs, list):
                raise FieldError("tool_slugs", "an array", _tool_slugs)
            tool_slugs = []
            for _tool_slugs_index, tool_slugs_item_data in enumerate(_tool_slugs):
                try:
                    tool_slugs_item = tool_slugs_item_data
                    if not isinstance(tool_slugs_item, str):
                        raise FieldError("tool_slugs_item", "a string", tool_slugs_item)

                except PARSE_ERRORS as _tool_slugs_error:
                    raise within(
                        ("tool_slugs", _tool_slugs_index), _tool_slugs_error, "tool_slugs_item"
                    ) from _tool_slugs_error
                tool_slugs.append(tool_slugs_item)

        llm_temperature = d.pop("llm_temperature", UNSET)
        if (
            not isinstance(llm_temperature, (int, float, Unset))
            or llm_temperature is True
            or llm_temperature is False
        ):
            raise FieldError("llm_temperature", "a number", llm_temperature)

        seo_tags = d.pop("seo_tags", UNSET)

        marketing_conversations = d.pop("marketing_conversations", UNSET)

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
        starter_prompts: StarterPrompts8C6Enum | Unset
        if isinstance(_starter_prompts, Unset):
            starter_prompts = UNSET
        else:
            starter_prompts = check_starter_prompts_8c6_enum(_starter_prompts, "starter_prompts")

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

        google_voice = d.pop("google_voice", UNSET)
        if (
            not isinstance(google_voice, (int, Unset))
            or google_voice is True
            or google_voice is False
        ):
            raise FieldError("google_voice", "an integer", google_voice)

        openai_voice = d.pop("openai_voice", UNSET)
        if (
            not isinstance(openai_voice, (int, Unset))
            or openai_voice is True
            or openai_voice is False
        ):
            raise FieldError("openai_voice", "an integer", openai_voice)

        def _parse_enable_suggested_prompts(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("enable_suggested_prompts", "a boolean or null", data)

        enable_suggested_prompts = _parse_enable_suggested_prompts(
            d.pop("enable_suggested_prompts", UNSET)
        )

        def _parse_enable_guided_prompts(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("enable_guided_prompts", "a boolean or null", data)

        enable_guided_prompts = _parse_enable_guided_prompts(d.pop("enable_guided_prompts", UNSET))

        def _parse_save_flagged_prompts(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("save_flagged_prompts", "a boolean or null", data)

        save_flagged_prompts = _parse_save_flagged_prompts(d.pop("save_flagged_prompts", UNSET))

        def _parse_mcp_servers(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, list):
                try:
                    _mcp_servers_type_0 = data
                    if not isinstance(_mcp_servers_type_0, list):
                        raise FieldError("mcp_servers_type_0", "an array", _mcp_servers_type_0)
                    mcp_servers_type_0 = []
                    for _mcp_servers_type_0_index, mcp_servers_type_0_item_data in enumerate(
                        _mcp_servers_type_0
                    ):
                        try:
                            mcp_servers_type_0_item = mcp_servers_type_0_item_data
                            if (
                                not isinstance(mcp_servers_type_0_item, int)
                                or mcp_servers_type_0_item is True
                                or mcp_servers_type_0_item is False
                            ):
                                raise FieldError(
                                    "mcp_servers_type_0_item", "an integer", mcp_servers_type_0_item
                                )

                        except PARSE_ERRORS as _mcp_servers_type_0_error:
                            raise within(
                                ("mcp_servers_type_0", _mcp_servers_type_0_index),
                                _mcp_servers_type_0_error,
                                "mcp_servers_type_0_item",
                            ) from _mcp_servers_type_0_error
                        mcp_servers_type_0.append(mcp_servers_type_0_item)

                    return mcp_servers_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("mcp_servers", member_error, "mcp_servers_type_0"))
            if error is not None:
                raise error
            raise FieldError("mcp_servers", "an array or null", data)

        mcp_servers = _parse_mcp_servers(d.pop("mcp_servers", UNSET))

        def _parse_guided_prompt_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("guided_prompt_instructions", "a string or null", data)

        guided_prompt_instructions = _parse_guided_prompt_instructions(
            d.pop("guided_prompt_instructions", UNSET)
        )

        is_featured = d.pop("is_featured", UNSET)
        if not isinstance(is_featured, (bool, Unset)):
            raise FieldError("is_featured", "a boolean", is_featured)

        mentor_from_template_with_setting_request = cls(
            template_name=template_name,
            new_mentor_name=new_mentor_name,
            display_name=display_name,
            description=description,
            profile_image=profile_image,
            initial_message=initial_message,
            suggested_message=suggested_message,
            theme=theme,
            user_message_color=user_message_color,
            mentor_bubble_color=mentor_bubble_color,
            align_mentor_bubble=align_mentor_bubble,
            system_prompt=system_prompt,
            llm_provider=llm_provider,
            llm_name=llm_name,
            mentor_visibility=mentor_visibility,
            enable_image_generation=enable_image_generation,
            enable_web_browsing=enable_web_browsing,
            enable_code_interpreter=enable_code_interpreter,
            metadata=metadata,
            custom_css=custom_css,
            custom_javascript=custom_javascript,
            uploaded_profile_image=uploaded_profile_image,
            embed_custom_image=embed_custom_image,
            proactive_response=proactive_response,
            greeting_method=greeting_method,
            forkable=forkable,
            forkable_with_training_data=forkable_with_training_data,
            categories=categories,
            types=types,
            subjects=subjects,
            tool_slugs=tool_slugs,
            llm_temperature=llm_temperature,
            seo_tags=seo_tags,
            marketing_conversations=marketing_conversations,
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
            enable_moderation=enable_moderation,
            enable_multi_query_rag=enable_multi_query_rag,
            enable_prompt_caching=enable_prompt_caching,
            enable_post_processing_system=enable_post_processing_system,
            enable_openai_assistant=enable_openai_assistant,
            enable_total_grounding=enable_total_grounding,
            google_voice=google_voice,
            openai_voice=openai_voice,
            enable_suggested_prompts=enable_suggested_prompts,
            enable_guided_prompts=enable_guided_prompts,
            save_flagged_prompts=save_flagged_prompts,
            mcp_servers=mcp_servers,
            guided_prompt_instructions=guided_prompt_instructions,
            is_featured=is_featured,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_from_template_with_setting_request.additional_properties = additional_properties
        return mentor_from_template_with_setting_request

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
