from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        def _parse_platform(data: object) -> int | None:
            if data is None:
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

        platform = _parse_platform(d.pop("platform"))

        def _parse_student(data: object) -> int | None:
            if data is None:
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

        student = _parse_student(d.pop("student"))

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        script = d.pop("script")
        if not isinstance(script, str):
            raise TypeError(f"script: expected a string, got {type(script).__name__}")

        is_public = d.pop("is_public")
        if not isinstance(is_public, bool):
            raise TypeError(f"is_public: expected a boolean, got {type(is_public).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

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
