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
    from ..models.course_point import CoursePoint
    from ..models.resource_point import ResourcePoint
    from ..models.skill import Skill


T = TypeVar("T", bound="UserSkill")


@_attrs_define
class UserSkill:
    skill: Skill
    courses: list[CoursePoint]
    """ Courses with skill and associated points """
    resources: list[ResourcePoint]
    """ Resources with skill and associated points """
    total_points: int
    """ Total points for skill """
    percentile: float | Unset = UNSET
    """ Percentile of points for user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill = self.skill.to_dict()

        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        total_points = self.total_points

        percentile = self.percentile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill": skill,
                "courses": courses,
                "resources": resources,
                "total_points": total_points,
            }
        )
        if percentile is not UNSET:
            field_dict["percentile"] = percentile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_point import CoursePoint  # noqa: PLC0415
        from ..models.resource_point import ResourcePoint  # noqa: PLC0415
        from ..models.skill import Skill  # noqa: PLC0415

        d = dict(src_dict)
        skill = nested("skill", Skill, d.pop("skill"))

        _courses = d.pop("courses")
        if not isinstance(_courses, list):
            raise FieldError("courses", "an array", _courses)
        courses = []
        for _courses_index, courses_item_data in enumerate(_courses):
            try:
                courses_item = nested("courses_item", CoursePoint, courses_item_data)

            except PARSE_ERRORS as _courses_error:
                raise within(
                    ("courses", _courses_index), _courses_error, "courses_item"
                ) from _courses_error
            courses.append(courses_item)

        _resources = d.pop("resources")
        if not isinstance(_resources, list):
            raise FieldError("resources", "an array", _resources)
        resources = []
        for _resources_index, resources_item_data in enumerate(_resources):
            try:
                resources_item = nested("resources_item", ResourcePoint, resources_item_data)

            except PARSE_ERRORS as _resources_error:
                raise within(
                    ("resources", _resources_index), _resources_error, "resources_item"
                ) from _resources_error
            resources.append(resources_item)

        total_points = d.pop("total_points")
        if not isinstance(total_points, int) or total_points is True or total_points is False:
            raise FieldError("total_points", "an integer", total_points)

        percentile = d.pop("percentile", UNSET)
        if (
            not isinstance(percentile, (int, float, Unset))
            or percentile is True
            or percentile is False
        ):
            raise FieldError("percentile", "a number", percentile)

        user_skill = cls(
            skill=skill,
            courses=courses,
            resources=resources,
            total_points=total_points,
            percentile=percentile,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_skill.additional_properties = additional_properties
        return user_skill

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
