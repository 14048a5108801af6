from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        def _parse_platform(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                platform_type_0 = data
                if (
                    not isinstance(platform_type_0, int)
                    or platform_type_0 is True
                    or platform_type_0 is False
                ):
                    raise TypeError(
                        f"platform_type_0: expected an integer, got {type(platform_type_0).__name__}"
                    )

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            platform_type_1 = data

            return platform_type_1

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_student(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                student_type_0 = data
                if (
                    not isinstance(student_type_0, int)
                    or student_type_0 is True
                    or student_type_0 is False
                ):
                    raise TypeError(
                        f"student_type_0: expected an integer, got {type(student_type_0).__name__}"
                    )

                return student_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            student_type_1 = data

            return student_type_1

        student = _parse_student(d.pop("student", UNSET))

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        script = d.pop("script", UNSET)
        if not isinstance(script, (str, Unset)):
            raise TypeError(f"script: expected a string, got {type(script).__name__}")

        is_public = d.pop("is_public", UNSET)
        if not isinstance(is_public, (bool, Unset)):
            raise TypeError(f"is_public: expected a boolean, got {type(is_public).__name__}")

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
