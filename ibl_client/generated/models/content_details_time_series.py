from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"metric: expected a string, got {type(metric).__name__}")

        interval = d.pop("interval")
        if not isinstance(interval, str):
            raise TypeError(f"interval: expected a string, got {type(interval).__name__}")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ContentDetailsTimeSeriesPoint.from_dict(data_item_data)

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
