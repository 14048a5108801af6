from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="ActivityData")


@_attrs_define
class ActivityData:
    course_id: str
    """ edx Course Id """
    name: str
    """ Course name """
    course_start: str
    """ Course start date """
    course_end: str
    """ Course end date """
    average_time_invested: float
    """ Overall course average time invested (other students inclusive) """
    time_invested: int
    """ Total time spent """
    days_away: str
    """ Days from today the course has been accessed """
    last_access_date: str
    """ When course was last accessed """
    days_accessed: int
    """ Unique days course was accessed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        name = self.name

        course_start = self.course_start

        course_end = self.course_end

        average_time_invested = self.average_time_invested

        time_invested = self.time_invested

        days_away = self.days_away

        last_access_date = self.last_access_date

        days_accessed = self.days_accessed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "name": name,
                "course_start": course_start,
                "course_end": course_end,
                "average_time_invested": average_time_invested,
                "time_invested": time_invested,
                "days_away": days_away,
                "last_access_date": last_access_date,
                "days_accessed": days_accessed,
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

        course_start = d.pop("course_start")
        if not isinstance(course_start, str):
            raise FieldError("course_start", "a string", course_start)

        course_end = d.pop("course_end")
        if not isinstance(course_end, str):
            raise FieldError("course_end", "a string", course_end)

        average_time_invested = d.pop("average_time_invested")
        if (
            not isinstance(average_time_invested, (int, float))
            or average_time_invested is True
            or average_time_invested is False
        ):
            raise FieldError("average_time_invested", "a number", average_time_invested)

        time_invested = d.pop("time_invested")
        if not isinstance(time_invested, int) or time_invested is True or time_invested is False:
            raise FieldError("time_invested", "an integer", time_invested)

        days_away = d.pop("days_away")
        if not isinstance(days_away, str):
            raise FieldError("days_away", "a string", days_away)

        last_access_date = d.pop("last_access_date")
        if not isinstance(last_access_date, str):
            raise FieldError("last_access_date", "a string", last_access_date)

        days_accessed = d.pop("days_accessed")
        if not isinstance(days_accessed, int) or days_accessed is True or days_accessed is False:
            raise FieldError("days_accessed", "an integer", days_accessed)

        activity_data = cls(
            course_id=course_id,
            name=name,
            course_start=course_start,
            course_end=course_end,
            average_time_invested=average_time_invested,
            time_invested=time_invested,
            days_away=days_away,
            last_access_date=last_access_date,
            days_accessed=days_accessed,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        activity_data.additional_properties = additional_properties
        return activity_data

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
