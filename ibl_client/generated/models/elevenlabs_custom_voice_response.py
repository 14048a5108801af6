from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ElevenlabsCustomVoiceResponse")


@_attrs_define
class ElevenlabsCustomVoiceResponse:
    name: str
    owner_student: None | str
    sample_audio_url: None | str
    language: str | Unset = UNSET
    is_premade: bool | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner_student: None | str
        owner_student = self.owner_student

        sample_audio_url: None | str
        sample_audio_url = self.sample_audio_url

        language = self.language

        is_premade = self.is_premade

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "owner_student": owner_student,
                "sample_audio_url": sample_audio_url,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if is_premade is not UNSET:
            field_dict["is_premade"] = is_premade
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        def _parse_owner_student(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("owner_student", "a string or null", data)

        owner_student = _parse_owner_student(d.pop("owner_student"))

        def _parse_sample_audio_url(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("sample_audio_url", "a string or null", data)

        sample_audio_url = _parse_sample_audio_url(d.pop("sample_audio_url"))

        language = d.pop("language", UNSET)
        if not isinstance(language, (str, Unset)):
            raise FieldError("language", "a string", language)

        is_premade = d.pop("is_premade", UNSET)
        if not isinstance(is_premade, (bool, Unset)):
            raise FieldError("is_premade", "a boolean", is_premade)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        elevenlabs_custom_voice_response = cls(
            name=name,
            owner_student=owner_student,
            sample_audio_url=sample_audio_url,
            language=language,
            is_premade=is_premade,
            description=description,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        elevenlabs_custom_voice_response.additional_properties = additional_properties
        return elevenlabs_custom_voice_response

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
