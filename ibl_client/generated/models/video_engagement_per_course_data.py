from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="VideoEngagementPerCourseData")


@_attrs_define
class VideoEngagementPerCourseData:
    name: str
    """ Course name """
    course_id: str
    """ edx Course Id """
    num_vids: int
    """ Number of videos in course """
    num_watched: int
    """ Number of videos watched """
    time_watched: int
    """ Total time spent by all users watching videos """
    avg_percent_watched: float
    """ Average percentage of videos watched per user per course """
    avg_time_watched: float
    """ Average time spent per learner """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        course_id = self.course_id

        num_vids = self.num_vids

        num_watched = self.num_watched

        time_watched = self.time_watched

        avg_percent_watched = self.avg_percent_watched

        avg_time_watched = self.avg_time_watched

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "course_id": course_id,
                "num_vids": num_vids,
                "num_watched": num_watched,
                "time_watched": time_watched,
                "avg_percent_watched": avg_percent_watched,
                "avg_time_watched": avg_time_watched,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        num_vids = d.pop("num_vids")
        if not isinstance(num_vids, int) or num_vids is True or num_vids is False:
            raise FieldError("num_vids", "an integer", num_vids)

        num_watched = d.pop("num_watched")
        if not isinstance(num_watched, int) or num_watched is True or num_watched is False:
            raise FieldError("num_watched", "an integer", num_watched)

        time_watched = d.pop("time_watched")
        if not isinstance(time_watched, int) or time_watched is True or time_watched is False:
            raise FieldError("time_watched", "an integer", time_watched)

        avg_percent_watched = d.pop("avg_percent_watched")
        if (
            not isinstance(avg_percent_watched, (int, float))
            or avg_percent_watched is True
            or avg_percent_watched is False
        ):
            raise FieldError("avg_percent_watched", "a number", avg_percent_watched)

        avg_time_watched = d.pop("avg_time_watched")
        if (
            not isinstance(avg_time_watched, (int, float))
            or avg_time_watched is True
            or avg_time_watched is False
        ):
            raise FieldError("avg_time_watched", "a number", avg_time_watched)

        video_engagement_per_course_data = cls(
            name=name,
            course_id=course_id,
            num_vids=num_vids,
            num_watched=num_watched,
            time_watched=time_watched,
            avg_percent_watched=avg_percent_watched,
            avg_time_watched=avg_time_watched,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        video_engagement_per_course_data.additional_properties = additional_properties
        return video_engagement_per_course_data

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
