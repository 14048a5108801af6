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
    from ..models.perlearner_grade_with_cut_off_data_grade_cutoffs import (
        PerlearnerGradeWithCutOffDataGradeCutoffs,
    )


T = TypeVar("T", bound="PerlearnerGradeWithCutOffData")


@_attrs_define
class PerlearnerGradeWithCutOffData:
    grade_cutoffs: PerlearnerGradeWithCutOffDataGradeCutoffs
    """ Dictionary showing grade cutoffs """
    grade: float
    """ Grade """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grade_cutoffs = self.grade_cutoffs.to_dict()

        grade = self.grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grade_cutoffs": grade_cutoffs,
                "grade": grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.perlearner_grade_with_cut_off_data_grade_cutoffs import (
            PerlearnerGradeWithCutOffDataGradeCutoffs,  # noqa: PLC0415
        )

        d = dict(src_dict)
        grade_cutoffs = nested(
            "grade_cutoffs", PerlearnerGradeWithCutOffDataGradeCutoffs, d.pop("grade_cutoffs")
        )

        grade = d.pop("grade")
        if not isinstance(grade, (int, float)) or grade is True or grade is False:
            raise FieldError("grade", "a number", grade)

        perlearner_grade_with_cut_off_data = cls(
            grade_cutoffs=grade_cutoffs,
            grade=grade,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        perlearner_grade_with_cut_off_data.additional_properties = additional_properties
        return perlearner_grade_with_cut_off_data

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
