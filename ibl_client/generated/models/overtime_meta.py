from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OvertimeMeta")


@_attrs_define
class OvertimeMeta:
    total: int
    """ Total records """
    change_range: int | Unset = 0
    """ Change in range """
    change_last_seven_days: int | Unset = 0
    """ Change in last 7 days """
    change_last_thirty_days: int | Unset = 0
    """ Change in last 30 days """
    change_last_seven_days_percent: float | Unset = 0.0
    """ Change in last 7 days in percentage """
    change_last_thirty_days_percent: float | Unset = 0.0
    """ Change in last 30 days in percentage """
    change_range_percent: float | Unset = UNSET
    """ Change in range in percentage """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        change_range = self.change_range

        change_last_seven_days = self.change_last_seven_days

        change_last_thirty_days = self.change_last_thirty_days

        change_last_seven_days_percent = self.change_last_seven_days_percent

        change_last_thirty_days_percent = self.change_last_thirty_days_percent

        change_range_percent = self.change_range_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if change_range is not UNSET:
            field_dict["change_range"] = change_range
        if change_last_seven_days is not UNSET:
            field_dict["change_last_seven_days"] = change_last_seven_days
        if change_last_thirty_days is not UNSET:
            field_dict["change_last_thirty_days"] = change_last_thirty_days
        if change_last_seven_days_percent is not UNSET:
            field_dict["change_last_seven_days_percent"] = change_last_seven_days_percent
        if change_last_thirty_days_percent is not UNSET:
            field_dict["change_last_thirty_days_percent"] = change_last_thirty_days_percent
        if change_range_percent is not UNSET:
            field_dict["change_range_percent"] = change_range_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")
        if not isinstance(total, int) or total is True or total is False:
            raise FieldError("total", "an integer", total)

        change_range = d.pop("change_range", UNSET)
        if (
            not isinstance(change_range, (int, Unset))
            or change_range is True
            or change_range is False
        ):
            raise FieldError("change_range", "an integer", change_range)

        change_last_seven_days = d.pop("change_last_seven_days", UNSET)
        if (
            not isinstance(change_last_seven_days, (int, Unset))
            or change_last_seven_days is True
            or change_last_seven_days is False
        ):
            raise FieldError("change_last_seven_days", "an integer", change_last_seven_days)

        change_last_thirty_days = d.pop("change_last_thirty_days", UNSET)
        if (
            not isinstance(change_last_thirty_days, (int, Unset))
            or change_last_thirty_days is True
            or change_last_thirty_days is False
        ):
            raise FieldError("change_last_thirty_days", "an integer", change_last_thirty_days)

        change_last_seven_days_percent = d.pop("change_last_seven_days_percent", UNSET)
        if (
            not isinstance(change_last_seven_days_percent, (int, float, Unset))
            or change_last_seven_days_percent is True
            or change_last_seven_days_percent is False
        ):
            raise FieldError(
                "change_last_seven_days_percent", "a number", change_last_seven_days_percent
            )

        change_last_thirty_days_percent = d.pop("change_last_thirty_days_percent", UNSET)
        if (
            not isinstance(change_last_thirty_days_percent, (int, float, Unset))
            or change_last_thirty_days_percent is True
            or change_last_thirty_days_percent is False
        ):
            raise FieldError(
                "change_last_thirty_days_percent", "a number", change_last_thirty_days_percent
            )

        change_range_percent = d.pop("change_range_percent", UNSET)
        if (
            not isinstance(change_range_percent, (int, float, Unset))
            or change_range_percent is True
            or change_range_percent is False
        ):
            raise FieldError("change_range_percent", "a number", change_range_percent)

        overtime_meta = cls(
            total=total,
            change_range=change_range,
            change_last_seven_days=change_last_seven_days,
            change_last_thirty_days=change_last_thirty_days,
            change_last_seven_days_percent=change_last_seven_days_percent,
            change_last_thirty_days_percent=change_last_thirty_days_percent,
            change_range_percent=change_range_percent,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        overtime_meta.additional_properties = additional_properties
        return overtime_meta

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
