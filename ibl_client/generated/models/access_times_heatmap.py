from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="AccessTimesHeatmap")


@_attrs_define
class AccessTimesHeatmap:
    day_of_week: int
    hour: int
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_week = self.day_of_week

        hour = self.hour

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day_of_week": day_of_week,
                "hour": hour,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_of_week = d.pop("day_of_week")
        if not isinstance(day_of_week, int) or day_of_week is True or day_of_week is False:
            raise FieldError("day_of_week", "an integer", day_of_week)

        hour = d.pop("hour")
        if not isinstance(hour, int) or hour is True or hour is False:
            raise FieldError("hour", "an integer", hour)

        value = d.pop("value")
        if not isinstance(value, int) or value is True or value is False:
            raise FieldError("value", "an integer", value)

        access_times_heatmap = cls(
            day_of_week=day_of_week,
            hour=hour,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        access_times_heatmap.additional_properties = additional_properties
        return access_times_heatmap

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
