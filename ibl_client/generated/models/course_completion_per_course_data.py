from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="CourseCompletionPerCourseData")


@_attrs_define
class CourseCompletionPerCourseData:
    course_id: str
    """ Edx Course ID """
    name: str
    """ Course Name """
    enrollments: int
    """ Number of enrollments """
    completions: int
    """ Number of completions """
    average: float
    """ Average Completions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        name = self.name

        enrollments = self.enrollments

        completions = self.completions

        average = self.average

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "name": name,
                "enrollments": enrollments,
                "completions": completions,
                "average": average,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        enrollments = d.pop("enrollments")
        if not isinstance(enrollments, int) or enrollments is True or enrollments is False:
            raise FieldError("enrollments", "an integer", enrollments)

        completions = d.pop("completions")
        if not isinstance(completions, int) or completions is True or completions is False:
            raise FieldError("completions", "an integer", completions)

        average = d.pop("average")
        if not isinstance(average, (int, float)) or average is True or average is False:
            raise FieldError("average", "a number", average)

        course_completion_per_course_data = cls(
            course_id=course_id,
            name=name,
            enrollments=enrollments,
            completions=completions,
            average=average,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_completion_per_course_data.additional_properties = additional_properties
        return course_completion_per_course_data

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
