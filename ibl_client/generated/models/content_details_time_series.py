from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)

if TYPE_CHECKING:
    from ..models.content_details_time_series_point import ContentDetailsTimeSeriesPoint


T = TypeVar("T", bound="ContentDetailsTimeSeries")


@_attrs_define
class ContentDetailsTimeSeries:
    """Serializer describing the time series block."""

    metric: str
    """ Metric represented in the time series """
    interval: str
    """ Aggregation interval (e.g., month) """
    data: list[ContentDetailsTimeSeriesPoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        interval = self.interval

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "interval": interval,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_details_time_series_point import ContentDetailsTimeSeriesPoint  # noqa: PLC0415

        d = dict(src_dict)
        metric = d.pop("metric")
        if not isinstance(metric, str):
            raise FieldError("metric", "a string", metric)

        interval = d.pop("interval")
        if not isinstance(interval, str):
            raise FieldError("interval", "a string", interval)

        _data = d.pop("data")
        if not isinstance(_data, list):
            raise FieldError("data", "an array", _data)
        data = []
        for _data_index, data_item_data in enumerate(_data):
            try:
                data_item = nested("data_item", ContentDetailsTimeSeriesPoint, data_item_data)

            except PARSE_ERRORS as _data_error:
                raise within(("data", _data_index), _data_error, "data_item") from _data_error
            data.append(data_item)

        content_details_time_series = cls(
            metric=metric,
            interval=interval,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        content_details_time_series.additional_properties = additional_properties
        return content_details_time_series

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
