from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        course_count = d.pop("course_count")

        user_count = d.pop("user_count")

        total_points = d.pop("total_points")

        average_points = d.pop("average_points")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        skill_info = cls(
            id=id,
            course_count=course_count,
            user_count=user_count,
            total_points=total_points,
            average_points=average_points,
            name=name,
        )

        skill_info.additional_properties = d
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
