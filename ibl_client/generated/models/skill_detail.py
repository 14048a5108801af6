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
    from ..models.course_skill import CourseSkill


T = TypeVar("T", bound="SkillDetail")


@_attrs_define
class SkillDetail:
    courses: list[CourseSkill]
    related_skills: int
    name: None | str | Unset = UNSET
    """ Display name """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        related_skills = self.related_skills

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courses": courses,
                "related_skills": related_skills,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_skill import CourseSkill  # noqa: PLC0415

        d = dict(src_dict)
        _courses = d.pop("courses")
        if not isinstance(_courses, list):
            raise FieldError("courses", "an array", _courses)
        courses = []
        for _courses_index, courses_item_data in enumerate(_courses):
            try:
                courses_item = nested("courses_item", CourseSkill, courses_item_data)

            except PARSE_ERRORS as _courses_error:
                raise within(
                    ("courses", _courses_index), _courses_error, "courses_item"
                ) from _courses_error
            courses.append(courses_item)

        related_skills = d.pop("related_skills")
        if not isinstance(related_skills, int) or related_skills is True or related_skills is False:
            raise FieldError("related_skills", "an integer", related_skills)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name", UNSET))

        skill_detail = cls(
            courses=courses,
            related_skills=related_skills,
            name=name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        skill_detail.additional_properties = additional_properties
        return skill_detail

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
