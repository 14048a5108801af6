from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.align_mentor_bubble_enum import AlignMentorBubbleEnum, check_align_mentor_bubble_enum
from ..models.blank_enum import BlankEnum, check_blank_enum
from ..models.mentor_visibility_enum import MentorVisibilityEnum, check_mentor_visibility_enum
from ..models.theme_enum import ThemeEnum, check_theme_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mentor_category import MentorCategory
    from ..models.mentor_type import MentorType
    from ..models.subject import Subject


T = TypeVar("T", bound="MentorSettingsPublic")


@_attrs_define
class MentorSettingsPublic:
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_category import MentorCategory  # noqa: PLC0415
        from ..models.mentor_type import MentorType  # noqa: PLC0415
        from ..models.subject import Subject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        mentor = d.pop("mentor")
        if not isinstance(mentor, str):
            raise TypeError(f"mentor: expected a string, got {type(mentor).__name__}")

        mentor_slug = d.pop("mentor_slug")
        if not isinstance(mentor_slug, str):
            raise TypeError(f"mentor_slug: expected a string, got {type(mentor_slug).__name__}")

        mentor_unique_id = d.pop("mentor_unique_id")
        if not isinstance(mentor_unique_id, str):
            raise TypeError(
                f"mentor_unique_id: expected a string, got {type(mentor_unique_id).__name__}"
            )

        mentor_id = d.pop("mentor_id")
        if not isinstance(mentor_id, int) or mentor_id is True or mentor_id is False:
            raise TypeError(f"mentor_id: expected an integer, got {type(mentor_id).__name__}")

        metadata = d.pop("metadata")

        enable_memory_component = d.pop("enable_memory_component")
        if not isinstance(enable_memory_component, bool):
            raise TypeError(
                f"enable_memory_component: expected a boolean, got {type(enable_memory_component).__name__}"
            )

        enable_custom_javascript = d.pop("enable_custom_javascript")
        if not isinstance(enable_custom_javascript, bool):
            raise TypeError(
                f"enable_custom_javascript: expected a boolean, got {type(enable_custom_javascript).__name__}"
            )

        allow_anonymous = d.pop("allow_anonymous")
        if not isinstance(allow_anonymous, bool):
            raise TypeError(
                f"allow_anonymous: expected a boolean, got {type(allow_anonymous).__name__}"
            )

        enable_offline_mode = d.pop("enable_offline_mode")
        if not isinstance(enable_offline_mode, bool):
            raise TypeError(
                f"enable_offline_mode: expected a boolean, got {type(enable_offline_mode).__name__}"
            )

        mentor_description = d.pop("mentor_description")
        if not isinstance(mentor_description, str):
            raise TypeError(
                f"mentor_description: expected a string, got {type(mentor_description).__name__}"
            )

        suggested_prompts = d.pop("suggested_prompts")

        proactive_response = d.pop("proactive_response")
        if not isinstance(proactive_response, str):
            raise TypeError(
                f"proactive_response: expected a string, got {type(proactive_response).__name__}"
            )

        greeting_method = d.pop("greeting_method")
        if not isinstance(greeting_method, str):
            raise TypeError(
                f"greeting_method: expected a string, got {type(greeting_method).__name__}"
            )

        mentor_tools = d.pop("mentor_tools")

        can_use_tools = d.pop("can_use_tools")
        if not isinstance(can_use_tools, bool):
            raise TypeError(
                f"can_use_tools: expected a boolean, got {type(can_use_tools).__name__}"
            )

        llm_name = d.pop("llm_name")
        if not isinstance(llm_name, str):
            raise TypeError(f"llm_name: expected a string, got {type(llm_name).__name__}")

        proactive_prompt = d.pop("proactive_prompt")
        if not isinstance(proactive_prompt, str):
            raise TypeError(
                f"proactive_prompt: expected a string, got {type(proactive_prompt).__name__}"
            )

        study_mode_prompt = d.pop("study_mode_prompt")
        if not isinstance(study_mode_prompt, str):
            raise TypeError(
                f"study_mode_prompt: expected a string, got {type(study_mode_prompt).__name__}"
            )

        disclaimer = d.pop("disclaimer")
        if not isinstance(disclaimer, str):
            raise TypeError(f"disclaimer: expected a string, got {type(disclaimer).__name__}")

        enable_disclaimer = d.pop("enable_disclaimer")
        if not isinstance(enable_disclaimer, bool):
            raise TypeError(
                f"enable_disclaimer: expected a boolean, got {type(enable_disclaimer).__name__}"
            )

        show_attachment = d.pop("show_attachment")
        if not isinstance(show_attachment, bool):
            raise TypeError(
                f"show_attachment: expected a boolean, got {type(show_attachment).__name__}"
            )

        show_voice_call = d.pop("show_voice_call")
        if not isinstance(show_voice_call, bool):
            raise TypeError(
                f"show_voice_call: expected a boolean, got {type(show_voice_call).__name__}"
            )

        show_voice_record = d.pop("show_voice_record")
        if not isinstance(show_voice_record, bool):
            raise TypeError(
                f"show_voice_record: expected a boolean, got {type(show_voice_record).__name__}"
            )

        show_rag_images = d.pop("show_rag_images")
        if not isinstance(show_rag_images, bool):
            raise TypeError(
                f"show_rag_images: expected a boolean, got {type(show_rag_images).__name__}"
            )

        starter_prompts = d.pop("starter_prompts")
        if not isinstance(starter_prompts, str):
            raise TypeError(
                f"starter_prompts: expected a string, got {type(starter_prompts).__name__}"
            )

        embed_is_context_aware = d.pop("embed_is_context_aware")
        if not isinstance(embed_is_context_aware, bool):
            raise TypeError(
                f"embed_is_context_aware: expected a boolean, got {type(embed_is_context_aware).__name__}"
            )

        embed_open_by_default = d.pop("embed_open_by_default")
        if not isinstance(embed_open_by_default, bool):
            raise TypeError(
                f"embed_open_by_default: expected a boolean, got {type(embed_open_by_default).__name__}"
            )

        embed_show_attachment = d.pop("embed_show_attachment")
        if not isinstance(embed_show_attachment, bool):
            raise TypeError(
                f"embed_show_attachment: expected a boolean, got {type(embed_show_attachment).__name__}"
            )

        embed_show_voice_call = d.pop("embed_show_voice_call")
        if not isinstance(embed_show_voice_call, bool):
            raise TypeError(
                f"embed_show_voice_call: expected a boolean, got {type(embed_show_voice_call).__name__}"
            )

        embed_show_voice_record = d.pop("embed_show_voice_record")
        if not isinstance(embed_show_voice_record, bool):
            raise TypeError(
                f"embed_show_voice_record: expected a boolean, got {type(embed_show_voice_record).__name__}"
            )

        show_explore_mentors = d.pop("show_explore_mentors")
        if not isinstance(show_explore_mentors, bool):
            raise TypeError(
                f"show_explore_mentors: expected a boolean, got {type(show_explore_mentors).__name__}"
            )

        embed_icon_selection_data = d.pop("embed_icon_selection_data")

        placeholder_prompt = d.pop("placeholder_prompt")
        if not isinstance(placeholder_prompt, str):
            raise TypeError(
                f"placeholder_prompt: expected a string, got {type(placeholder_prompt).__name__}"
            )

        enable_email_chat = d.pop("enable_email_chat")
        if not isinstance(enable_email_chat, bool):
            raise TypeError(
                f"enable_email_chat: expected a boolean, got {type(enable_email_chat).__name__}"
            )

        enable_spaced_repetition = d.pop("enable_spaced_repetition")
        if not isinstance(enable_spaced_repetition, bool):
            raise TypeError(
                f"enable_spaced_repetition: expected a boolean, got {type(enable_spaced_repetition).__name__}"
            )

        enable_instruction_mode = d.pop("enable_instruction_mode")
        if not isinstance(enable_instruction_mode, bool):
            raise TypeError(
                f"enable_instruction_mode: expected a boolean, got {type(enable_instruction_mode).__name__}"
            )

        enable_socratic_mode = d.pop("enable_socratic_mode")
        if not isinstance(enable_socratic_mode, bool):
            raise TypeError(
                f"enable_socratic_mode: expected a boolean, got {type(enable_socratic_mode).__name__}"
            )

        is_guided_mentor = d.pop("is_guided_mentor")
        if not isinstance(is_guided_mentor, bool):
            raise TypeError(
                f"is_guided_mentor: expected a boolean, got {type(is_guided_mentor).__name__}"
            )

        is_featured = d.pop("is_featured")
        if not isinstance(is_featured, bool):
            raise TypeError(f"is_featured: expected a boolean, got {type(is_featured).__name__}")

        enable_guided_prompts = d.pop("enable_guided_prompts")
        if not isinstance(enable_guided_prompts, bool):
            raise TypeError(
                f"enable_guided_prompts: expected a boolean, got {type(enable_guided_prompts).__name__}"
            )

        save_flagged_prompts = d.pop("save_flagged_prompts")
        if not isinstance(save_flagged_prompts, bool):
            raise TypeError(
                f"save_flagged_prompts: expected a boolean, got {type(save_flagged_prompts).__name__}"
            )

        enable_moderation = d.pop("enable_moderation")
        if not isinstance(enable_moderation, bool):
            raise TypeError(
                f"enable_moderation: expected a boolean, got {type(enable_moderation).__name__}"
            )

        enable_multi_query_rag = d.pop("enable_multi_query_rag")
        if not isinstance(enable_multi_query_rag, bool):
            raise TypeError(
                f"enable_multi_query_rag: expected a boolean, got {type(enable_multi_query_rag).__name__}"
            )

        enable_prompt_caching = d.pop("enable_prompt_caching")
        if not isinstance(enable_prompt_caching, bool):
            raise TypeError(
                f"enable_prompt_caching: expected a boolean, got {type(enable_prompt_caching).__name__}"
            )

        enable_post_processing_system = d.pop("enable_post_processing_system")
        if not isinstance(enable_post_processing_system, bool):
            raise TypeError(
                f"enable_post_processing_system: expected a boolean, got {type(enable_post_processing_system).__name__}"
            )

        enable_safety_system = d.pop("enable_safety_system")
        if not isinstance(enable_safety_system, bool):
            raise TypeError(
                f"enable_safety_system: expected a boolean, got {type(enable_safety_system).__name__}"
            )

        forkable = d.pop("forkable")
        if not isinstance(forkable, bool):
            raise TypeError(f"forkable: expected a boolean, got {type(forkable).__name__}")

        forkable_with_training_data = d.pop("forkable_with_training_data")
        if not isinstance(forkable_with_training_data, bool):
            raise TypeError(
                f"forkable_with_training_data: expected a boolean, got {type(forkable_with_training_data).__name__}"
            )

        mentor_name = d.pop("mentor_name")
        if not isinstance(mentor_name, str):
            raise TypeError(f"mentor_name: expected a string, got {type(mentor_name).__name__}")

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = MentorCategory.from_dict(categories_item_data)

            categories.append(categories_item)

        types = []
        _types = d.pop("types")
        for types_item_data in _types:
            types_item = MentorType.from_dict(types_item_data)

            types.append(types_item)

        subjects = []
        _subjects = d.pop("subjects")
        for subjects_item_data in _subjects:
            subjects_item = Subject.from_dict(subjects_item_data)

            subjects.append(subjects_item)

        recently_accessed_at = datetime.datetime.fromisoformat(
            d.pop("recently_accessed_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        created_by = d.pop("created_by")
        if not isinstance(created_by, str):
            raise TypeError(f"created_by: expected a string, got {type(created_by).__name__}")

        created_at = datetime.datetime.fromisoformat(
            d.pop("created_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        updated_at = datetime.datetime.fromisoformat(
            d.pop("updated_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        llm_config = d.pop("llm_config")

        llm_provider = d.pop("llm_provider")
        if not isinstance(llm_provider, str):
            raise TypeError(f"llm_provider: expected a string, got {type(llm_provider).__name__}")

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                display_name_type_0 = data
                if not isinstance(display_name_type_0, str):
                    raise TypeError(
                        f"display_name_type_0: expected a string, got {type(display_name_type_0).__name__}"
                    )

                return display_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            display_name_type_1 = data

            return display_name_type_1

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_profile_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                profile_image_type_0 = data
                if not isinstance(profile_image_type_0, str):
                    raise TypeError(
                        f"profile_image_type_0: expected a string, got {type(profile_image_type_0).__name__}"
                    )

                return profile_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            profile_image_type_1 = data

            return profile_image_type_1

        profile_image = _parse_profile_image(d.pop("profile_image", UNSET))

        def _parse_initial_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initial_message_type_0 = data
                if not isinstance(initial_message_type_0, str):
                    raise TypeError(
                        f"initial_message_type_0: expected a string, got {type(initial_message_type_0).__name__}"
                    )

                return initial_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            initial_message_type_1 = data

            return initial_message_type_1

        initial_message = _parse_initial_message(d.pop("initial_message", UNSET))

        def _parse_suggested_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suggested_message_type_0 = data
                if not isinstance(suggested_message_type_0, str):
                    raise TypeError(
                        f"suggested_message_type_0: expected a string, got {type(suggested_message_type_0).__name__}"
                    )

                return suggested_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            suggested_message_type_1 = data

            return suggested_message_type_1

        suggested_message = _parse_suggested_message(d.pop("suggested_message", UNSET))

        _theme = d.pop("theme", UNSET)
        theme: ThemeEnum | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = check_theme_enum(_theme)

        user_message_color = d.pop("user_message_color", UNSET)
        if not isinstance(user_message_color, (str, Unset)):
            raise TypeError(
                f"user_message_color: expected a string, got {type(user_message_color).__name__}"
            )

        mentor_bubble_color = d.pop("mentor_bubble_color", UNSET)
        if not isinstance(mentor_bubble_color, (str, Unset)):
            raise TypeError(
                f"mentor_bubble_color: expected a string, got {type(mentor_bubble_color).__name__}"
            )

        _align_mentor_bubble = d.pop("align_mentor_bubble", UNSET)
        align_mentor_bubble: AlignMentorBubbleEnum | Unset
        if isinstance(_align_mentor_bubble, Unset):
            align_mentor_bubble = UNSET
        else:
            align_mentor_bubble = check_align_mentor_bubble_enum(_align_mentor_bubble)

        def _parse_mentor_visibility(
            data: object,
        ) -> BlankEnum | MentorVisibilityEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mentor_visibility_type_0 = check_mentor_visibility_enum(data)

                return mentor_visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mentor_visibility_type_1 = check_blank_enum(data)

                return mentor_visibility_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            mentor_visibility_type_2 = data

            return mentor_visibility_type_2

        mentor_visibility = _parse_mentor_visibility(d.pop("mentor_visibility", UNSET))

        def _parse_enable_image_generation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                enable_image_generation_type_0 = data
                if not isinstance(enable_image_generation_type_0, bool):
                    raise TypeError(
                        f"enable_image_generation_type_0: expected a boolean, got {type(enable_image_generation_type_0).__name__}"
                    )

                return enable_image_generation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            enable_image_generation_type_1 = data

            return enable_image_generation_type_1

        enable_image_generation = _parse_enable_image_generation(
            d.pop("enable_image_generation", UNSET)
        )

        def _parse_enable_web_browsing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                enable_web_browsing_type_0 = data
                if not isinstance(enable_web_browsing_type_0, bool):
                    raise TypeError(
                        f"enable_web_browsing_type_0: expected a boolean, got {type(enable_web_browsing_type_0).__name__}"
                    )

                return enable_web_browsing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            enable_web_browsing_type_1 = data

            return enable_web_browsing_type_1

        enable_web_browsing = _parse_enable_web_browsing(d.pop("enable_web_browsing", UNSET))

        def _parse_enable_code_interpreter(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                enable_code_interpreter_type_0 = data
                if not isinstance(enable_code_interpreter_type_0, bool):
                    raise TypeError(
                        f"enable_code_interpreter_type_0: expected a boolean, got {type(enable_code_interpreter_type_0).__name__}"
                    )

                return enable_code_interpreter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            enable_code_interpreter_type_1 = data

            return enable_code_interpreter_type_1

        enable_code_interpreter = _parse_enable_code_interpreter(
            d.pop("enable_code_interpreter", UNSET)
        )

        def _parse_custom_css(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                custom_css_type_0 = data
                if not isinstance(custom_css_type_0, str):
                    raise TypeError(
                        f"custom_css_type_0: expected a string, got {type(custom_css_type_0).__name__}"
                    )

                return custom_css_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            custom_css_type_1 = data

            return custom_css_type_1

        custom_css = _parse_custom_css(d.pop("custom_css", UNSET))

        def _parse_custom_javascript(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                custom_javascript_type_0 = data
                if not isinstance(custom_javascript_type_0, str):
                    raise TypeError(
                        f"custom_javascript_type_0: expected a string, got {type(custom_javascript_type_0).__name__}"
                    )

                return custom_javascript_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            custom_javascript_type_1 = data

            return custom_javascript_type_1

        custom_javascript = _parse_custom_javascript(d.pop("custom_javascript", UNSET))

        def _parse_embed_custom_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                embed_custom_image_type_0 = data
                if not isinstance(embed_custom_image_type_0, str):
                    raise TypeError(
                        f"embed_custom_image_type_0: expected a string, got {type(embed_custom_image_type_0).__name__}"
                    )

                return embed_custom_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            embed_custom_image_type_1 = data

            return embed_custom_image_type_1

        embed_custom_image = _parse_embed_custom_image(d.pop("embed_custom_image", UNSET))

        mentor_settings_public = cls(
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
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_settings_public.additional_properties = additional_properties
        return mentor_settings_public

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
