from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)

T = TypeVar("T", bound="ElevenlabsCustomVoice")


@_attrs_define
class ElevenlabsCustomVoice:
    name: str
    files: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        files = self.files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        _files = d.pop("files")
        if not isinstance(_files, list):
            raise FieldError("files", "an array", _files)
        files = []
        for _files_index, files_item_data in enumerate(_files):
            try:
                files_item = files_item_data
                if not isinstance(files_item, str):
                    raise FieldError("files_item", "a string", files_item)

            except PARSE_ERRORS as _files_error:
                raise within(("files", _files_index), _files_error, "files_item") from _files_error
            files.append(files_item)

        elevenlabs_custom_voice = cls(
            name=name,
            files=files,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        elevenlabs_custom_voice.additional_properties = additional_properties
        return elevenlabs_custom_voice

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
