from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayWrightScript")


@_attrs_define
class PlayWrightScript:
    id: int
    platform: int | None
    student: int | None
    """ edX user ID """
    title: str
    script: str
    is_public: bool
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform: int | None
        platform = self.platform

        student: int | None
        student = self.student

        title = self.title

        script = self.script

        is_public = self.is_public

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform": platform,
                "student": student,
                "title": title,
                "script": script,
                "is_public": is_public,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        def _parse_platform(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("platform", "an integer or null", data)

        platform = _parse_platform(d.pop("platform"))

        def _parse_student(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("student", "an integer or null", data)

        student = _parse_student(d.pop("student"))

        title = d.pop("title")
        if not isinstance(title, str):
            raise FieldError("title", "a string", title)

        script = d.pop("script")
        if not isinstance(script, str):
            raise FieldError("script", "a string", script)

        is_public = d.pop("is_public")
        if not isinstance(is_public, bool):
            raise FieldError("is_public", "a boolean", is_public)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        play_wright_script = cls(
            id=id,
            platform=platform,
            student=student,
            title=title,
            script=script,
            is_public=is_public,
            description=description,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        play_wright_script.additional_properties = additional_properties
        return play_wright_script

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
