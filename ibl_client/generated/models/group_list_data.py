from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="GroupListData")


@_attrs_define
class GroupListData:
    """Serializer for department list endpoint"""

    id: int
    name: str
    platform: str
    courses_enrolled: int
    courses_completed: int
    completion_rate: float
    pathways_completed: int
    certificates_earned: int
    skills_points: int
    skills_earned: int
    time_spent: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform = self.platform

        courses_enrolled = self.courses_enrolled

        courses_completed = self.courses_completed

        completion_rate = self.completion_rate

        pathways_completed = self.pathways_completed

        certificates_earned = self.certificates_earned

        skills_points = self.skills_points

        skills_earned = self.skills_earned

        time_spent = self.time_spent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform": platform,
                "courses_enrolled": courses_enrolled,
                "courses_completed": courses_completed,
                "completion_rate": completion_rate,
                "pathways_completed": pathways_completed,
                "certificates_earned": certificates_earned,
                "skills_points": skills_points,
                "skills_earned": skills_earned,
                "time_spent": time_spent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        platform = d.pop("platform")
        if not isinstance(platform, str):
            raise FieldError("platform", "a string", platform)

        courses_enrolled = d.pop("courses_enrolled")
        if (
            not isinstance(courses_enrolled, int)
            or courses_enrolled is True
            or courses_enrolled is False
        ):
            raise FieldError("courses_enrolled", "an integer", courses_enrolled)

        courses_completed = d.pop("courses_completed")
        if (
            not isinstance(courses_completed, int)
            or courses_completed is True
            or courses_completed is False
        ):
            raise FieldError("courses_completed", "an integer", courses_completed)

        completion_rate = d.pop("completion_rate")
        if (
            not isinstance(completion_rate, (int, float))
            or completion_rate is True
            or completion_rate is False
        ):
            raise FieldError("completion_rate", "a number", completion_rate)

        pathways_completed = d.pop("pathways_completed")
        if (
            not isinstance(pathways_completed, int)
            or pathways_completed is True
            or pathways_completed is False
        ):
            raise FieldError("pathways_completed", "an integer", pathways_completed)

        certificates_earned = d.pop("certificates_earned")
        if (
            not isinstance(certificates_earned, int)
            or certificates_earned is True
            or certificates_earned is False
        ):
            raise FieldError("certificates_earned", "an integer", certificates_earned)

        skills_points = d.pop("skills_points")
        if not isinstance(skills_points, int) or skills_points is True or skills_points is False:
            raise FieldError("skills_points", "an integer", skills_points)

        skills_earned = d.pop("skills_earned")
        if not isinstance(skills_earned, int) or skills_earned is True or skills_earned is False:
            raise FieldError("skills_earned", "an integer", skills_earned)

        time_spent = d.pop("time_spent")
        if not isinstance(time_spent, str):
            raise FieldError("time_spent", "a string", time_spent)

        group_list_data = cls(
            id=id,
            name=name,
            platform=platform,
            courses_enrolled=courses_enrolled,
            courses_completed=courses_completed,
            completion_rate=completion_rate,
            pathways_completed=pathways_completed,
            certificates_earned=certificates_earned,
            skills_points=skills_points,
            skills_earned=skills_earned,
            time_spent=time_spent,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        group_list_data.additional_properties = additional_properties
        return group_list_data

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
