from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"course_id: expected a string, got {type(course_id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        total_videos = d.pop("total_videos")
        if not isinstance(total_videos, int) or total_videos is True or total_videos is False:
            raise TypeError(f"total_videos: expected an integer, got {type(total_videos).__name__}")

        watched = d.pop("watched")
        if not isinstance(watched, int) or watched is True or watched is False:
            raise TypeError(f"watched: expected an integer, got {type(watched).__name__}")

        total_time_watch = d.pop("total_time_watch")
        if (
            not isinstance(total_time_watch, int)
            or total_time_watch is True
            or total_time_watch is False
        ):
            raise TypeError(
                f"total_time_watch: expected an integer, got {type(total_time_watch).__name__}"
            )

        average_class_watch = d.pop("average_class_watch")
        if (
            not isinstance(average_class_watch, (int, float))
            or average_class_watch is True
            or average_class_watch is False
        ):
            raise TypeError(
                f"average_class_watch: expected a number, got {type(average_class_watch).__name__}"
            )

        class_time_average = d.pop("class_time_average")
        if (
            not isinstance(class_time_average, (int, float))
            or class_time_average is True
            or class_time_average is False
        ):
            raise TypeError(
                f"class_time_average: expected a number, got {type(class_time_average).__name__}"
            )

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
