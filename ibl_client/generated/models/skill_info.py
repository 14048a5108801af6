from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillInfo")


@_attrs_define
class SkillInfo:
    id: int
    course_count: int
    """ Number of courses with skill """
    user_count: int
    """ Number of users with skill """
    total_points: int
    """ Total points for skill """
    average_points: float
    """ Average points for skill """
    name: None | str | Unset = UNSET
    """ Display name """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        course_count = self.course_count

        user_count = self.user_count

        total_points = self.total_points

        average_points = self.average_points

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "course_count": course_count,
                "user_count": user_count,
                "total_points": total_points,
                "average_points": average_points,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        course_count = d.pop("course_count")
        if not isinstance(course_count, int) or course_count is True or course_count is False:
            raise FieldError("course_count", "an integer", course_count)

        user_count = d.pop("user_count")
        if not isinstance(user_count, int) or user_count is True or user_count is False:
            raise FieldError("user_count", "an integer", user_count)

        total_points = d.pop("total_points")
        if not isinstance(total_points, int) or total_points is True or total_points is False:
            raise FieldError("total_points", "an integer", total_points)

        average_points = d.pop("average_points")
        if (
            not isinstance(average_points, (int, float))
            or average_points is True
            or average_points is False
        ):
            raise FieldError("average_points", "a number", average_points)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name", UNSET))

        skill_info = cls(
            id=id,
            course_count=course_count,
            user_count=user_count,
            total_points=total_points,
            average_points=average_points,
            name=name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        skill_info.additional_properties = additional_properties
        return skill_info

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
