from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrontabSchedule")


@_attrs_define
class CrontabSchedule:
    minute: str | Unset = UNSET
    """ Cron Minutes to Run. Use "*" for "all". (Example: "0,30") """
    hour: str | Unset = UNSET
    """ Cron Hours to Run. Use "*" for "all". (Example: "8,20") """
    day_of_week: str | Unset = UNSET
    """ Cron Days Of The Week to Run. Use "*" for "all", Sunday is 0 or 7, Monday is 1. (Example: "0,5") """
    day_of_month: str | Unset = UNSET
    """ Cron Days Of The Month to Run. Use "*" for "all". (Example: "1,15") """
    month_of_year: str | Unset = UNSET
    """ Cron Months (1-12) Of The Year to Run. Use "*" for "all". (Example: "1,12") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minute = self.minute

        hour = self.hour

        day_of_week = self.day_of_week

        day_of_month = self.day_of_month

        month_of_year = self.month_of_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minute is not UNSET:
            field_dict["minute"] = minute
        if hour is not UNSET:
            field_dict["hour"] = hour
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if day_of_month is not UNSET:
            field_dict["day_of_month"] = day_of_month
        if month_of_year is not UNSET:
            field_dict["month_of_year"] = month_of_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        minute = d.pop("minute", UNSET)
        if not isinstance(minute, (str, Unset)):
            raise FieldError("minute", "a string", minute)

        hour = d.pop("hour", UNSET)
        if not isinstance(hour, (str, Unset)):
            raise FieldError("hour", "a string", hour)

        day_of_week = d.pop("day_of_week", UNSET)
        if not isinstance(day_of_week, (str, Unset)):
            raise FieldError("day_of_week", "a string", day_of_week)

        day_of_month = d.pop("day_of_month", UNSET)
        if not isinstance(day_of_month, (str, Unset)):
            raise FieldError("day_of_month", "a string", day_of_month)

        month_of_year = d.pop("month_of_year", UNSET)
        if not isinstance(month_of_year, (str, Unset)):
            raise FieldError("month_of_year", "a string", month_of_year)

        crontab_schedule = cls(
            minute=minute,
            hour=hour,
            day_of_week=day_of_week,
            day_of_month=day_of_month,
            month_of_year=month_of_year,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        crontab_schedule.additional_properties = additional_properties
        return crontab_schedule

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
