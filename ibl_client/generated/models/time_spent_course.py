from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

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
            raise FieldError("course_id", "a string", course_id)

        course_name = d.pop("course_name")
        if not isinstance(course_name, str):
            raise FieldError("course_name", "a string", course_name)

        def _parse_platform(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform", "a string or null", data)

        platform = _parse_platform(d.pop("platform"))

        time_spent = d.pop("time_spent")
        if not isinstance(time_spent, str):
            raise FieldError("time_spent", "a string", time_spent)

        time_spent_secs = d.pop("time_spent_secs")
        if (
            not isinstance(time_spent_secs, int)
            or time_spent_secs is True
            or time_spent_secs is False
        ):
            raise FieldError("time_spent_secs", "an integer", time_spent_secs)

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
