from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComparisonInfo")


@_attrs_define
class ComparisonInfo:
    """Comparison period information."""

    previous_period_count: int | Unset = UNSET
    """ Number of days in comparison period """
    previous_period_value: str | Unset = UNSET
    """ Cost value for comparison period """
    comparison_start: str | Unset = UNSET
    """ Start date of comparison period """
    comparison_end: str | Unset = UNSET
    """ End date of comparison period """
    comparison_days: int | Unset = UNSET
    """ Number of comparison days """
    recent_period_value: str | Unset = UNSET
    """ Cost value for current period """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_period_count = self.previous_period_count

        previous_period_value = self.previous_period_value

        comparison_start = self.comparison_start

        comparison_end = self.comparison_end

        comparison_days = self.comparison_days

        recent_period_value = self.recent_period_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous_period_count is not UNSET:
            field_dict["previous_period_count"] = previous_period_count
        if previous_period_value is not UNSET:
            field_dict["previous_period_value"] = previous_period_value
        if comparison_start is not UNSET:
            field_dict["comparison_start"] = comparison_start
        if comparison_end is not UNSET:
            field_dict["comparison_end"] = comparison_end
        if comparison_days is not UNSET:
            field_dict["comparison_days"] = comparison_days
        if recent_period_value is not UNSET:
            field_dict["recent_period_value"] = recent_period_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        previous_period_count = d.pop("previous_period_count", UNSET)
        if (
            not isinstance(previous_period_count, (int, Unset))
            or previous_period_count is True
            or previous_period_count is False
        ):
            raise FieldError("previous_period_count", "an integer", previous_period_count)

        previous_period_value = d.pop("previous_period_value", UNSET)
        if not isinstance(previous_period_value, (str, Unset)):
            raise FieldError("previous_period_value", "a string", previous_period_value)

        comparison_start = d.pop("comparison_start", UNSET)
        if not isinstance(comparison_start, (str, Unset)):
            raise FieldError("comparison_start", "a string", comparison_start)

        comparison_end = d.pop("comparison_end", UNSET)
        if not isinstance(comparison_end, (str, Unset)):
            raise FieldError("comparison_end", "a string", comparison_end)

        comparison_days = d.pop("comparison_days", UNSET)
        if (
            not isinstance(comparison_days, (int, Unset))
            or comparison_days is True
            or comparison_days is False
        ):
            raise FieldError("comparison_days", "an integer", comparison_days)

        recent_period_value = d.pop("recent_period_value", UNSET)
        if not isinstance(recent_period_value, (str, Unset)):
            raise FieldError("recent_period_value", "a string", recent_period_value)

        comparison_info = cls(
            previous_period_count=previous_period_count,
            previous_period_value=previous_period_value,
            comparison_start=comparison_start,
            comparison_end=comparison_end,
            comparison_days=comparison_days,
            recent_period_value=recent_period_value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        comparison_info.additional_properties = additional_properties
        return comparison_info

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
