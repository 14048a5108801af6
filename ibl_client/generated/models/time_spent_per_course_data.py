from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="TimeSpentPerCourseData")


@_attrs_define
class TimeSpentPerCourseData:
    name: str
    """ Course name """
    course_id: str
    """ Edx Course Id """
    time_spent: int
    """ Total time spent """
    course_start: str
    """ Course Start """
    course_end: str
    """ Course End """
    average_time: float
    """ Average time spent """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        course_id = self.course_id

        time_spent = self.time_spent

        course_start = self.course_start

        course_end = self.course_end

        average_time = self.average_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "course_id": course_id,
                "time_spent": time_spent,
                "course_start": course_start,
                "course_end": course_end,
                "average_time": average_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        time_spent = d.pop("time_spent")
        if not isinstance(time_spent, int) or time_spent is True or time_spent is False:
            raise FieldError("time_spent", "an integer", time_spent)

        course_start = d.pop("course_start")
        if not isinstance(course_start, str):
            raise FieldError("course_start", "a string", course_start)

        course_end = d.pop("course_end")
        if not isinstance(course_end, str):
            raise FieldError("course_end", "a string", course_end)

        average_time = d.pop("average_time")
        if (
            not isinstance(average_time, (int, float))
            or average_time is True
            or average_time is False
        ):
            raise FieldError("average_time", "a number", average_time)

        time_spent_per_course_data = cls(
            name=name,
            course_id=course_id,
            time_spent=time_spent,
            course_start=course_start,
            course_end=course_end,
            average_time=average_time,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        time_spent_per_course_data.additional_properties = additional_properties
        return time_spent_per_course_data

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
