from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedPlayWrightScript")


@_attrs_define
class PatchedPlayWrightScript:
    id: int | Unset = UNSET
    platform: int | None | Unset = UNSET
    student: int | None | Unset = UNSET
    """ edX user ID """
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    script: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform: int | None | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        student: int | None | Unset
        if isinstance(self.student, Unset):
            student = UNSET
        else:
            student = self.student

        title = self.title

        description = self.description

        script = self.script

        is_public = self.is_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if student is not UNSET:
            field_dict["student"] = student
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if script is not UNSET:
            field_dict["script"] = script
        if is_public is not UNSET:
            field_dict["is_public"] = is_public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        def _parse_platform(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("platform", "an integer or null", data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_student(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("student", "an integer or null", data)

        student = _parse_student(d.pop("student", UNSET))

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise FieldError("title", "a string", title)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        script = d.pop("script", UNSET)
        if not isinstance(script, (str, Unset)):
            raise FieldError("script", "a string", script)

        is_public = d.pop("is_public", UNSET)
        if not isinstance(is_public, (bool, Unset)):
            raise FieldError("is_public", "a boolean", is_public)

        patched_play_wright_script = cls(
            id=id,
            platform=platform,
            student=student,
            title=title,
            description=description,
            script=script,
            is_public=is_public,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_play_wright_script.additional_properties = additional_properties
        return patched_play_wright_script

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
