from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        if not isinstance(id, int) or id is True or id is False:
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        course_count = d.pop("course_count")
        if not isinstance(course_count, int) or course_count is True or course_count is False:
            raise TypeError(f"course_count: expected an integer, got {type(course_count).__name__}")

        user_count = d.pop("user_count")
        if not isinstance(user_count, int) or user_count is True or user_count is False:
            raise TypeError(f"user_count: expected an integer, got {type(user_count).__name__}")

        total_points = d.pop("total_points")
        if not isinstance(total_points, int) or total_points is True or total_points is False:
            raise TypeError(f"total_points: expected an integer, got {type(total_points).__name__}")

        average_points = d.pop("average_points")
        if (
            not isinstance(average_points, (int, float))
            or average_points is True
            or average_points is False
        ):
            raise TypeError(
                f"average_points: expected a number, got {type(average_points).__name__}"
            )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_type_0 = data
                if not isinstance(name_type_0, str):
                    raise TypeError(
                        f"name_type_0: expected a string, got {type(name_type_0).__name__}"
                    )

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            name_type_1 = data

            return name_type_1

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
