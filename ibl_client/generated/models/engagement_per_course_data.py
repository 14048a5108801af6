from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="EngagementPerCourseData")


@_attrs_define
class EngagementPerCourseData:
    course_id: str
    """ edx Course Id """
    course_start: str
    """ Course start date """
    course_end: str
    """ Course end date """
    average_days: int
    """ Average days spent by each learners on the course """
    average_time_spent: float
    """ Average days spent by learner on the course """
    name: str
    """ Course name """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        course_start = self.course_start

        course_end = self.course_end

        average_days = self.average_days

        average_time_spent = self.average_time_spent

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "course_start": course_start,
                "course_end": course_end,
                "average_days": average_days,
                "average_time_spent": average_time_spent,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        course_start = d.pop("course_start")
        if not isinstance(course_start, str):
            raise FieldError("course_start", "a string", course_start)

        course_end = d.pop("course_end")
        if not isinstance(course_end, str):
            raise FieldError("course_end", "a string", course_end)

        average_days = d.pop("average_days")
        if not isinstance(average_days, int) or average_days is True or average_days is False:
            raise FieldError("average_days", "an integer", average_days)

        average_time_spent = d.pop("average_time_spent")
        if (
            not isinstance(average_time_spent, (int, float))
            or average_time_spent is True
            or average_time_spent is False
        ):
            raise FieldError("average_time_spent", "a number", average_time_spent)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        engagement_per_course_data = cls(
            course_id=course_id,
            course_start=course_start,
            course_end=course_end,
            average_days=average_days,
            average_time_spent=average_time_spent,
            name=name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        engagement_per_course_data.additional_properties = additional_properties
        return engagement_per_course_data

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
