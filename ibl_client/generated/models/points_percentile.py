from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="PointsPercentile")


@_attrs_define
class PointsPercentile:
    username: str
    points: float
    percentile: float
    """ Percentile of points for user. If an `org` was provided, this is the percentile of the user relative to
    users within the org. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        points = self.points

        percentile = self.percentile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "points": points,
                "percentile": percentile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        points = d.pop("points")
        if not isinstance(points, (int, float)) or points is True or points is False:
            raise FieldError("points", "a number", points)

        percentile = d.pop("percentile")
        if not isinstance(percentile, (int, float)) or percentile is True or percentile is False:
            raise FieldError("percentile", "a number", percentile)

        points_percentile = cls(
            username=username,
            points=points,
            percentile=percentile,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        points_percentile.additional_properties = additional_properties
        return points_percentile

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
