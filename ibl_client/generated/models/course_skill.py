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

if TYPE_CHECKING:
    from ..models.skill import Skill


T = TypeVar("T", bound="CourseSkill")


@_attrs_define
class CourseSkill:
    course_id: str
    """ The edX course ID string for the course. """
    skills: list[Skill]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "skills": skills,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill import Skill  # noqa: PLC0415

        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        _skills = d.pop("skills")
        if not isinstance(_skills, list):
            raise FieldError("skills", "an array", _skills)
        skills = []
        for _skills_index, skills_item_data in enumerate(_skills):
            try:
                skills_item = nested("skills_item", Skill, skills_item_data)

            except PARSE_ERRORS as _skills_error:
                raise within(
                    ("skills", _skills_index), _skills_error, "skills_item"
                ) from _skills_error
            skills.append(skills_item)

        course_skill = cls(
            course_id=course_id,
            skills=skills,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_skill.additional_properties = additional_properties
        return course_skill

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
