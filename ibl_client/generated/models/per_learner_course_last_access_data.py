from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PerLearnerCourseLastAccessData")


@_attrs_define
class PerLearnerCourseLastAccessData:
    course_id: str | Unset = UNSET
    """ Edx Course ID """
    course_name: str | Unset = UNSET
    """ Course Name """
    block_id: str | Unset = UNSET
    """ Last Block Accessed """
    block_display_name: str | Unset = UNSET
    """ Last Block Display Name """
    course_grade: float | Unset = UNSET
    """ Course grade """
    course_progress: float | Unset = UNSET
    """ Course progress """
    last_accessed: str | Unset = UNSET
    """ Last accessed time """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        course_name = self.course_name

        block_id = self.block_id

        block_display_name = self.block_display_name

        course_grade = self.course_grade

        course_progress = self.course_progress

        last_accessed = self.last_accessed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if course_name is not UNSET:
            field_dict["course_name"] = course_name
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if block_display_name is not UNSET:
            field_dict["block_display_name"] = block_display_name
        if course_grade is not UNSET:
            field_dict["course_grade"] = course_grade
        if course_progress is not UNSET:
            field_dict["course_progress"] = course_progress
        if last_accessed is not UNSET:
            field_dict["last_accessed"] = last_accessed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id", UNSET)
        if not isinstance(course_id, (str, Unset)):
            raise FieldError("course_id", "a string", course_id)

        course_name = d.pop("course_name", UNSET)
        if not isinstance(course_name, (str, Unset)):
            raise FieldError("course_name", "a string", course_name)

        block_id = d.pop("block_id", UNSET)
        if not isinstance(block_id, (str, Unset)):
            raise FieldError("block_id", "a string", block_id)

        block_display_name = d.pop("block_display_name", UNSET)
        if not isinstance(block_display_name, (str, Unset)):
            raise FieldError("block_display_name", "a string", block_display_name)

        course_grade = d.pop("course_grade", UNSET)
        if (
            not isinstance(course_grade, (int, float, Unset))
            or course_grade is True
            or course_grade is False
        ):
            raise FieldError("course_grade", "a number", course_grade)

        course_progress = d.pop("course_progress", UNSET)
        if (
            not isinstance(course_progress, (int, float, Unset))
            or course_progress is True
            or course_progress is False
        ):
            raise FieldError("course_progress", "a number", course_progress)

        last_accessed = d.pop("last_accessed", UNSET)
        if not isinstance(last_accessed, (str, Unset)):
            raise FieldError("last_accessed", "a string", last_accessed)

        per_learner_course_last_access_data = cls(
            course_id=course_id,
            course_name=course_name,
            block_id=block_id,
            block_display_name=block_display_name,
            course_grade=course_grade,
            course_progress=course_progress,
            last_accessed=last_accessed,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        per_learner_course_last_access_data.additional_properties = additional_properties
        return per_learner_course_last_access_data

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
