from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="MentorCustomVoiceResponse")


@_attrs_define
class MentorCustomVoiceResponse:
    voice_provider: str
    voice_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_provider = self.voice_provider

        voice_name = self.voice_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_provider": voice_provider,
                "voice_name": voice_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_provider = d.pop("voice_provider")
        if not isinstance(voice_provider, str):
            raise FieldError("voice_provider", "a string", voice_provider)

        voice_name = d.pop("voice_name")
        if not isinstance(voice_name, str):
            raise FieldError("voice_name", "a string", voice_name)

        mentor_custom_voice_response = cls(
            voice_provider=voice_provider,
            voice_name=voice_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_custom_voice_response.additional_properties = additional_properties
        return mentor_custom_voice_response

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
