from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="CourseGradeSummaryData")


@_attrs_define
class CourseGradeSummaryData:
    assignment_type: str
    """ Assignment Type name """
    weight: float
    """ Assignment weight """
    average_weighted_grade: float
    """ Assignment weighted grade average in course """
    average_section_grade: float
    """ Assignment section grade average in course """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_type = self.assignment_type

        weight = self.weight

        average_weighted_grade = self.average_weighted_grade

        average_section_grade = self.average_section_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignment_type": assignment_type,
                "weight": weight,
                "average_weighted_grade": average_weighted_grade,
                "average_section_grade": average_section_grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignment_type = d.pop("assignment_type")
        if not isinstance(assignment_type, str):
            raise FieldError("assignment_type", "a string", assignment_type)

        weight = d.pop("weight")
        if not isinstance(weight, (int, float)) or weight is True or weight is False:
            raise FieldError("weight", "a number", weight)

        average_weighted_grade = d.pop("average_weighted_grade")
        if (
            not isinstance(average_weighted_grade, (int, float))
            or average_weighted_grade is True
            or average_weighted_grade is False
        ):
            raise FieldError("average_weighted_grade", "a number", average_weighted_grade)

        average_section_grade = d.pop("average_section_grade")
        if (
            not isinstance(average_section_grade, (int, float))
            or average_section_grade is True
            or average_section_grade is False
        ):
            raise FieldError("average_section_grade", "a number", average_section_grade)

        course_grade_summary_data = cls(
            assignment_type=assignment_type,
            weight=weight,
            average_weighted_grade=average_weighted_grade,
            average_section_grade=average_section_grade,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_grade_summary_data.additional_properties = additional_properties
        return course_grade_summary_data

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
