from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"prompt: expected a string, got {type(prompt).__name__}")

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise TypeError(f"platform: expected an integer, got {type(platform).__name__}")

        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = UUID(_mentor)

        def _parse_tone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tone_type_0 = data
                if not isinstance(tone_type_0, str):
                    raise TypeError(
                        f"tone_type_0: expected a string, got {type(tone_type_0).__name__}"
                    )

                return tone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            tone_type_1 = data

            return tone_type_1

        tone = _parse_tone(d.pop("tone", UNSET))

        style = d.pop("style", UNSET)
        if not isinstance(style, (str, Unset)):
            raise TypeError(f"style: expected a string, got {type(style).__name__}")

        language = d.pop("language", UNSET)
        if not isinstance(language, (str, Unset)):
            raise TypeError(f"language: expected a string, got {type(language).__name__}")

        _tags = d.pop("tags", UNSET)
        tags: list[int] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = tags_item_data
                if not isinstance(tags_item, int) or tags_item is True or tags_item is False:
                    raise TypeError(
                        f"tags_item: expected an integer, got {type(tags_item).__name__}"
                    )

                tags.append(tags_item)

        is_system = d.pop("is_system", UNSET)
        if not isinstance(is_system, (bool, Unset)):
            raise TypeError(f"is_system: expected a boolean, got {type(is_system).__name__}")

        metadata = d.pop("metadata", UNSET)

        category = d.pop("category", UNSET)
        if not isinstance(category, (str, Unset)):
            raise TypeError(f"category: expected a string, got {type(category).__name__}")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                title_type_0 = data
                if not isinstance(title_type_0, str):
                    raise TypeError(
                        f"title_type_0: expected a string, got {type(title_type_0).__name__}"
                    )

                return title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            title_type_1 = data

            return title_type_1

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                description_type_0 = data
                if not isinstance(description_type_0, str):
                    raise TypeError(
                        f"description_type_0: expected a string, got {type(description_type_0).__name__}"
                    )

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            description_type_1 = data

            return description_type_1

        description = _parse_description(d.pop("description", UNSET))

        def _parse_prompt_visibility(
            data: object,
        ) -> BlankEnum | None | PromptVisibilityEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_visibility_type_0 = check_prompt_visibility_enum(data)

                return prompt_visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_visibility_type_1 = check_blank_enum(data)

                return prompt_visibility_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            prompt_visibility_type_2 = data

            return prompt_visibility_type_2

        prompt_visibility = _parse_prompt_visibility(d.pop("prompt_visibility", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = data
                if not isinstance(created_by_type_0, str):
                    raise TypeError(
                        f"created_by_type_0: expected a string, got {type(created_by_type_0).__name__}"
                    )

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            created_by_type_1 = data

            return created_by_type_1

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
