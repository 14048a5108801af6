from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.recommendation_type_enum import RecommendationTypeEnum, check_recommendation_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformPrompt")


@_attrs_define
class PlatformPrompt:
    """Serializer for platform recommendation prompt management.

    Used by instructors/admins to configure tenant-specific prompts for different SPAs. A platform can have multiple
    prompts (one per SPA/frontend).

    Note: spa_url will be automatically normalized (protocol stripped, lowercase) during validation.

    """

    platform_key: str | Unset = UNSET
    """ Platform key this prompt belongs to """
    prompt_text: str | Unset = UNSET
    """ The custom recommendation strategy prompt """
    recommendation_type: RecommendationTypeEnum | Unset = UNSET
    """ * `mentors` - Mentor Recommendations
    * `catalog` - Catalog Recommendations """
    spa_url: None | str | Unset = UNSET
    """ Frontend/SPA identifier (e.g., 'catalog.example.com', 'mentor-ai.ibl.com', 'https://mentor-ai.ibl.com').
    Protocol and case will be normalized automatically. Leave blank for platform-wide prompts. """
    active: bool | Unset = UNSET
    """ Whether this prompt is currently active """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        prompt_text = self.prompt_text

        recommendation_type: str | Unset = UNSET
        if not isinstance(self.recommendation_type, Unset):
            recommendation_type = self.recommendation_type

        spa_url: None | str | Unset
        if isinstance(self.spa_url, Unset):
            spa_url = UNSET
        else:
            spa_url = self.spa_url

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if prompt_text is not UNSET:
            field_dict["prompt_text"] = prompt_text
        if recommendation_type is not UNSET:
            field_dict["recommendation_type"] = recommendation_type
        if spa_url is not UNSET:
            field_dict["spa_url"] = spa_url
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        prompt_text = d.pop("prompt_text", UNSET)
        if not isinstance(prompt_text, (str, Unset)):
            raise FieldError("prompt_text", "a string", prompt_text)

        _recommendation_type = d.pop("recommendation_type", UNSET)
        recommendation_type: RecommendationTypeEnum | Unset
        if isinstance(_recommendation_type, Unset):
            recommendation_type = UNSET
        else:
            recommendation_type = check_recommendation_type_enum(
                _recommendation_type, "recommendation_type"
            )

        def _parse_spa_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("spa_url", "a string or null", data)

        spa_url = _parse_spa_url(d.pop("spa_url", UNSET))

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        platform_prompt = cls(
            platform_key=platform_key,
            prompt_text=prompt_text,
            recommendation_type=recommendation_type,
            spa_url=spa_url,
            active=active,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_prompt.additional_properties = additional_properties
        return platform_prompt

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
