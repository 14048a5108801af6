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
    from ..models.course_grade_detail_block import CourseGradeDetailBlock


T = TypeVar("T", bound="CourseGradeDetailSubSection")


@_attrs_define
class CourseGradeDetailSubSection:
    display_name: str
    """ Block name """
    id: str
    """ Block Id """
    average: str
    """ Average block value """
    attempts: str | Unset = UNSET
    """ Total users who have attempted it """
    problems: list[CourseGradeDetailBlock] | Unset = UNSET
    """ Problems in section """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        average = self.average

        attempts = self.attempts

        problems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.problems, Unset):
            problems = []
            for problems_item_data in self.problems:
                problems_item = problems_item_data.to_dict()
                problems.append(problems_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
                "average": average,
            }
        )
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if problems is not UNSET:
            field_dict["problems"] = problems

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_grade_detail_block import CourseGradeDetailBlock  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        id = d.pop("id")
        if not isinstance(id, str):
            raise FieldError("id", "a string", id)

        average = d.pop("average")
        if not isinstance(average, str):
            raise FieldError("average", "a string", average)

        attempts = d.pop("attempts", UNSET)
        if not isinstance(attempts, (str, Unset)):
            raise FieldError("attempts", "a string", attempts)

        _problems = d.pop("problems", UNSET)
        problems: list[CourseGradeDetailBlock] | Unset = UNSET
        if _problems is not UNSET:
            if not isinstance(_problems, list):
                raise FieldError("problems", "an array", _problems)
            problems = []
            for _problems_index, problems_item_data in enumerate(_problems):
                try:
                    problems_item = nested(
                        "problems_item", CourseGradeDetailBlock, problems_item_data
                    )

                except PARSE_ERRORS as _problems_error:
                    raise within(
                        ("problems", _problems_index), _problems_error, "problems_item"
                    ) from _problems_error
                problems.append(problems_item)

        course_grade_detail_sub_section = cls(
            display_name=display_name,
            id=id,
            average=average,
            attempts=attempts,
            problems=problems,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_grade_detail_sub_section.additional_properties = additional_properties
        return course_grade_detail_sub_section

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
