from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="VideosSpecificCourseData")


@_attrs_define
class VideosSpecificCourseData:
    display_name: str
    """ Course name """
    id: str
    """ Video Id """
    duration: int
    """ Video duration """
    total_time: int
    """ Total time spent by users watching """
    total_users: int
    """ Total users who have watched this video """
    average_time: float
    """ Average time spent per learner """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        duration = self.duration

        total_time = self.total_time

        total_users = self.total_users

        average_time = self.average_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
                "duration": duration,
                "total_time": total_time,
                "total_users": total_users,
                "average_time": average_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        id = d.pop("id")
        if not isinstance(id, str):
            raise FieldError("id", "a string", id)

        duration = d.pop("duration")
        if not isinstance(duration, int) or duration is True or duration is False:
            raise FieldError("duration", "an integer", duration)

        total_time = d.pop("total_time")
        if not isinstance(total_time, int) or total_time is True or total_time is False:
            raise FieldError("total_time", "an integer", total_time)

        total_users = d.pop("total_users")
        if not isinstance(total_users, int) or total_users is True or total_users is False:
            raise FieldError("total_users", "an integer", total_users)

        average_time = d.pop("average_time")
        if (
            not isinstance(average_time, (int, float))
            or average_time is True
            or average_time is False
        ):
            raise FieldError("average_time", "a number", average_time)

        videos_specific_course_data = cls(
            display_name=display_name,
            id=id,
            duration=duration,
            total_time=total_time,
            total_users=total_users,
            average_time=average_time,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        videos_specific_course_data.additional_properties = additional_properties
        return videos_specific_course_data

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
