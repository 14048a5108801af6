from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="PerlearnerEngagementVideosData")


@_attrs_define
class PerlearnerEngagementVideosData:
    course_id: str
    """ Edx Course ID """
    name: str
    """ Course Name """
    total_videos: int
    """ Total course videos """
    watched: int
    """ Total videos watched by student """
    total_time_watch: int
    """ Total time user watched video """
    average_class_watch: float
    """ Average videos watched by students in course """
    class_time_average: float
    """ Average time spent by students on this course """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        name = self.name

        total_videos = self.total_videos

        watched = self.watched

        total_time_watch = self.total_time_watch

        average_class_watch = self.average_class_watch

        class_time_average = self.class_time_average

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "name": name,
                "total_videos": total_videos,
                "watched": watched,
                "total_time_watch": total_time_watch,
                "average_class_watch": average_class_watch,
                "class_time_average": class_time_average,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        total_videos = d.pop("total_videos")
        if not isinstance(total_videos, int) or total_videos is True or total_videos is False:
            raise FieldError("total_videos", "an integer", total_videos)

        watched = d.pop("watched")
        if not isinstance(watched, int) or watched is True or watched is False:
            raise FieldError("watched", "an integer", watched)

        total_time_watch = d.pop("total_time_watch")
        if (
            not isinstance(total_time_watch, int)
            or total_time_watch is True
            or total_time_watch is False
        ):
            raise FieldError("total_time_watch", "an integer", total_time_watch)

        average_class_watch = d.pop("average_class_watch")
        if (
            not isinstance(average_class_watch, (int, float))
            or average_class_watch is True
            or average_class_watch is False
        ):
            raise FieldError("average_class_watch", "a number", average_class_watch)

        class_time_average = d.pop("class_time_average")
        if (
            not isinstance(class_time_average, (int, float))
            or class_time_average is True
            or class_time_average is False
        ):
            raise FieldError("class_time_average", "a number", class_time_average)

        perlearner_engagement_videos_data = cls(
            course_id=course_id,
            name=name,
            total_videos=total_videos,
            watched=watched,
            total_time_watch=total_time_watch,
            average_class_watch=average_class_watch,
            class_time_average=class_time_average,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        perlearner_engagement_videos_data.additional_properties = additional_properties
        return perlearner_engagement_videos_data

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
