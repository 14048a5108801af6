from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    parse_uuid,
    within,
)
from ..models.blank_enum import BlankEnum, check_blank_enum
from ..models.prompt_visibility_enum import PromptVisibilityEnum, check_prompt_visibility_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptRequest")


@_attrs_define
class PromptRequest:
    prompt: str
    platform: int
    mentor: UUID | Unset = UNSET
    tone: None | str | Unset = UNSET
    style: str | Unset = UNSET
    language: str | Unset = UNSET
    tags: list[int] | Unset = UNSET
    is_system: bool | Unset = UNSET
    metadata: Any | Unset = UNSET
    category: str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    prompt_visibility: BlankEnum | None | PromptVisibilityEnum | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        platform = self.platform

        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        tone: None | str | Unset
        if isinstance(self.tone, Unset):
            tone = UNSET
        else:
            tone = self.tone

        style = self.style

        language = self.language

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        is_system = self.is_system

        metadata = self.metadata

        category = self.category

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        prompt_visibility: None | str | Unset
        if isinstance(self.prompt_visibility, Unset):
            prompt_visibility = UNSET
        elif isinstance(self.prompt_visibility, str):
            prompt_visibility = self.prompt_visibility
        elif isinstance(self.prompt_visibility, str):
            prompt_visibility = self.prompt_visibility
        else:
            prompt_visibility = self.prompt_visibility

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "platform": platform,
            }
        )
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if tone is not UNSET:
            field_dict["tone"] = tone
        if style is not UNSET:
            field_dict["style"] = style
        if language is not UNSET:
            field_dict["language"] = language
        if tags is not UNSET:
            field_dict["tags"] = tags
        if is_system is not UNSET:
            field_dict["is_system"] = is_system
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if category is not UNSET:
            field_dict["category"] = category
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if prompt_visibility is not UNSET:
            field_dict["prompt_visibility"] = prompt_visibility
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")
        if not isinstance(prompt, str):
            raise FieldError("prompt", "a string", prompt)

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise FieldError("platform", "an integer", platform)

        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = parse_uuid("mentor", _mentor)

        def _parse_tone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("tone", "a string or null", data)

        tone = _parse_tone(d.pop("tone", UNSET))

        style = d.pop("style", UNSET)
        if not isinstance(style, (str, Unset)):
            raise FieldError("style", "a string", style)

        language = d.pop("language", UNSET)
        if not isinstance(language, (str, Unset)):
            raise FieldError("language", "a string", language)

        _tags = d.pop("tags", UNSET)
        tags: list[int] | Unset = UNSET
        if _tags is not UNSET:
            if not isinstance(_tags, list):
                raise FieldError("tags", "an array", _tags)
            tags = []
            for _tags_index, tags_item_data in enumerate(_tags):
                try:
                    tags_item = tags_item_data
                    if not isinstance(tags_item, int) or tags_item is True or tags_item is False:
                        raise FieldError("tags_item", "an integer", tags_item)

                except PARSE_ERRORS as _tags_error:
                    raise within(("tags", _tags_index), _tags_error, "tags_item") from _tags_error
                tags.append(tags_item)

        is_system = d.pop("is_system", UNSET)
        if not isinstance(is_system, (bool, Unset)):
            raise FieldError("is_system", "a boolean", is_system)

        metadata = d.pop("metadata", UNSET)

        category = d.pop("category", UNSET)
        if not isinstance(category, (str, Unset)):
            raise FieldError("category", "a string", category)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("title", "a string or null", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_prompt_visibility(
            data: object,
        ) -> BlankEnum | None | PromptVisibilityEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                return check_prompt_visibility_enum(data, "prompt_visibility", known_only=True)
            except PARSE_ERRORS:
                pass
            try:
                return check_blank_enum(data, "prompt_visibility", known_only=True)
            except PARSE_ERRORS:
                pass
            if isinstance(data, str):
                return check_prompt_visibility_enum(data, "prompt_visibility")
            raise FieldError(
                "prompt_visibility", "one of PromptVisibilityEnum or one of BlankEnum or null", data
            )

        prompt_visibility = _parse_prompt_visibility(d.pop("prompt_visibility", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("created_by", "a string or null", data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        prompt_request = cls(
            prompt=prompt,
            platform=platform,
            mentor=mentor,
            tone=tone,
            style=style,
            language=language,
            tags=tags,
            is_system=is_system,
            metadata=metadata,
            category=category,
            title=title,
            description=description,
            prompt_visibility=prompt_visibility,
            created_by=created_by,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        prompt_request.additional_properties = additional_properties
        return prompt_request

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
