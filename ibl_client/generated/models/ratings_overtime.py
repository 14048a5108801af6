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
    from ..models.rating_average_record import RatingAverageRecord


T = TypeVar("T", bound="RatingsOvertime")


@_attrs_define
class RatingsOvertime:
    metric: str
    points: list[RatingAverageRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rating_average_record import RatingAverageRecord  # noqa: PLC0415

        d = dict(src_dict)
        metric = d.pop("metric")
        if not isinstance(metric, str):
            raise FieldError("metric", "a string", metric)

        _points = d.pop("points")
        if not isinstance(_points, list):
            raise FieldError("points", "an array", _points)
        points = []
        for _points_index, points_item_data in enumerate(_points):
            try:
                points_item = nested("points_item", RatingAverageRecord, points_item_data)

            except PARSE_ERRORS as _points_error:
                raise within(
                    ("points", _points_index), _points_error, "points_item"
                ) from _points_error
            points.append(points_item)

        ratings_overtime = cls(
            metric=metric,
            points=points,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ratings_overtime.additional_properties = additional_properties
        return ratings_overtime

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
