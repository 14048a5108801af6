from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)

if TYPE_CHECKING:
    from ..models.avg_course_grade_with_cutoff_data_grade_cutoffs import (
        AvgCourseGradeWithCutoffDataGradeCutoffs,
    )


T = TypeVar("T", bound="AvgCourseGradeWithCutoffData")


@_attrs_define
class AvgCourseGradeWithCutoffData:
    grade_cutoffs: AvgCourseGradeWithCutoffDataGradeCutoffs
    """ Dictionary showing grade cutoffs """
    average_grade: float
    """ Course Average grade """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade_cutoffs = self.grade_cutoffs.to_dict()

        average_grade = self.average_grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grade_cutoffs": grade_cutoffs,
                "average_grade": average_grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avg_course_grade_with_cutoff_data_grade_cutoffs import (
            AvgCourseGradeWithCutoffDataGradeCutoffs,  # noqa: PLC0415
        )

        d = dict(src_dict)
        grade_cutoffs = nested(
            "grade_cutoffs", AvgCourseGradeWithCutoffDataGradeCutoffs, d.pop("grade_cutoffs")
        )

        average_grade = d.pop("average_grade")
        if (
            not isinstance(average_grade, (int, float))
            or average_grade is True
            or average_grade is False
        ):
            raise FieldError("average_grade", "a number", average_grade)

        avg_course_grade_with_cutoff_data = cls(
            grade_cutoffs=grade_cutoffs,
            average_grade=average_grade,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        avg_course_grade_with_cutoff_data.additional_properties = additional_properties
        return avg_course_grade_with_cutoff_data

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
