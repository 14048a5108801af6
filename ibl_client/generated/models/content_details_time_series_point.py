from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentDetailsTimeSeriesPoint")


@_attrs_define
class ContentDetailsTimeSeriesPoint:
    """Serializer for individual time series points in content details response."""

    period: str
    """ ISO8601 timestamp representing the aggregated period """
    value: float
    """ Value for the requested metric during the period """
    average: float | None | Unset = UNSET
    """ Average value for the period (used for ratings) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        value = self.value

        average: float | None | Unset
        if isinstance(self.average, Unset):
            average = UNSET
        else:
            average = self.average

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "value": value,
            }
        )
        if average is not UNSET:
            field_dict["average"] = average

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")
        if not isinstance(period, str):
            raise FieldError("period", "a string", period)

        value = d.pop("value")
        if not isinstance(value, (int, float)) or value is True or value is False:
            raise FieldError("value", "a number", value)

        def _parse_average(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("average", "a number or null", data)

        average = _parse_average(d.pop("average", UNSET))

        content_details_time_series_point = cls(
            period=period,
            value=value,
            average=average,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        content_details_time_series_point.additional_properties = additional_properties
        return content_details_time_series_point

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
