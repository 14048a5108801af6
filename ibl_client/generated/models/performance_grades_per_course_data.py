from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="PerformanceGradesPerCourseData")


@_attrs_define
class PerformanceGradesPerCourseData:
    name: str
    """ Course name """
    course_id: str
    """ Course id """
    num_enrollments: int
    """ Course enrollments """
    num_passed: int
    """ Total users who have passed the course """
    avg_grade: float
    """ Course Average grade """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        course_id = self.course_id

        num_enrollments = self.num_enrollments

        num_passed = self.num_passed

        avg_grade = self.avg_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "course_id": course_id,
                "num_enrollments": num_enrollments,
                "num_passed": num_passed,
                "avg_grade": avg_grade,
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

        num_enrollments = d.pop("num_enrollments")
        if (
            not isinstance(num_enrollments, int)
            or num_enrollments is True
            or num_enrollments is False
        ):
            raise FieldError("num_enrollments", "an integer", num_enrollments)

        num_passed = d.pop("num_passed")
        if not isinstance(num_passed, int) or num_passed is True or num_passed is False:
            raise FieldError("num_passed", "an integer", num_passed)

        avg_grade = d.pop("avg_grade")
        if not isinstance(avg_grade, (int, float)) or avg_grade is True or avg_grade is False:
            raise FieldError("avg_grade", "a number", avg_grade)

        performance_grades_per_course_data = cls(
            name=name,
            course_id=course_id,
            num_enrollments=num_enrollments,
            num_passed=num_passed,
            avg_grade=avg_grade,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        performance_grades_per_course_data.additional_properties = additional_properties
        return performance_grades_per_course_data

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
