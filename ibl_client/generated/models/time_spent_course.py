from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TimeSpentCourse")


@_attrs_define
class TimeSpentCourse:
    course_id: str
    course_name: str
    platform: None | str
    time_spent: str
    time_spent_secs: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        course_name = self.course_name

        platform: None | str
        platform = self.platform

        time_spent = self.time_spent

        time_spent_secs = self.time_spent_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "course_name": course_name,
                "platform": platform,
                "time_spent": time_spent,
                "time_spent_secs": time_spent_secs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise TypeError(f"course_id: expected a string, got {type(course_id).__name__}")

        course_name = d.pop("course_name")
        if not isinstance(course_name, str):
            raise TypeError(f"course_name: expected a string, got {type(course_name).__name__}")

        def _parse_platform(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_0 = data
                if not isinstance(platform_type_0, str):
                    raise TypeError(
                        f"platform_type_0: expected a string, got {type(platform_type_0).__name__}"
                    )

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            platform_type_1 = data

            return platform_type_1

        platform = _parse_platform(d.pop("platform"))

        time_spent = d.pop("time_spent")
        if not isinstance(time_spent, str):
            raise TypeError(f"time_spent: expected a string, got {type(time_spent).__name__}")

        time_spent_secs = d.pop("time_spent_secs")
        if (
            not isinstance(time_spent_secs, int)
            or time_spent_secs is True
            or time_spent_secs is False
        ):
            raise TypeError(
                f"time_spent_secs: expected an integer, got {type(time_spent_secs).__name__}"
            )

        time_spent_course = cls(
            course_id=course_id,
            course_name=course_name,
            platform=platform,
            time_spent=time_spent,
            time_spent_secs=time_spent_secs,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        time_spent_course.additional_properties = additional_properties
        return time_spent_course

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
