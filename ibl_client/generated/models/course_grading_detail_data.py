from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_grade_detail_sub_section import CourseGradeDetailSubSection


T = TypeVar("T", bound="CourseGradingDetailData")


@_attrs_define
class CourseGradingDetailData:
    display_name: str
    """ Chapter name """
    id: str
    """ Chapter Id """
    subsections: list[CourseGradeDetailSubSection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        subsections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subsections, Unset):
            subsections = []
            for subsections_item_data in self.subsections:
                subsections_item = subsections_item_data.to_dict()
                subsections.append(subsections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
            }
        )
        if subsections is not UNSET:
            field_dict["subsections"] = subsections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_grade_detail_sub_section import CourseGradeDetailSubSection  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        id = d.pop("id")
        if not isinstance(id, str):
            raise FieldError("id", "a string", id)

        _subsections = d.pop("subsections", UNSET)
        subsections: list[CourseGradeDetailSubSection] | Unset = UNSET
        if _subsections is not UNSET:
            if not isinstance(_subsections, list):
                raise FieldError("subsections", "an array", _subsections)
            subsections = []
            for _subsections_index, subsections_item_data in enumerate(_subsections):
                try:
                    subsections_item = nested(
                        "subsections_item", CourseGradeDetailSubSection, subsections_item_data
                    )

                except PARSE_ERRORS as _subsections_error:
                    raise within(
                        ("subsections", _subsections_index), _subsections_error, "subsections_item"
                    ) from _subsections_error
                subsections.append(subsections_item)

        course_grading_detail_data = cls(
            display_name=display_name,
            id=id,
            subsections=subsections,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_grading_detail_data.additional_properties = additional_properties
        return course_grading_detail_data

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
