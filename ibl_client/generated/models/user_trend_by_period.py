from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserTrendByPeriod")


@_attrs_define
class UserTrendByPeriod:
    periods: list[datetime.datetime]
    new_users: list[int]
    veteran_users: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.isoformat()
            periods.append(periods_item)

        new_users = self.new_users

        veteran_users = self.veteran_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "periods": periods,
                "new_users": new_users,
                "veteran_users": veteran_users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        periods = []
        _periods = d.pop("periods")
        for periods_item_data in _periods:
            periods_item = datetime.datetime.fromisoformat(
                periods_item_data.replace("Z", "+00:00").replace("z", "+00:00")
            )

            periods.append(periods_item)

        new_users = []
        _new_users = d.pop("new_users")
        for new_users_item_data in _new_users:
            new_users_item = new_users_item_data
            if (
                not isinstance(new_users_item, int)
                or new_users_item is True
                or new_users_item is False
            ):
                raise TypeError(
                    f"new_users_item: expected an integer, got {type(new_users_item).__name__}"
                )

            new_users.append(new_users_item)

        veteran_users = []
        _veteran_users = d.pop("veteran_users")
        for veteran_users_item_data in _veteran_users:
            veteran_users_item = veteran_users_item_data
            if (
                not isinstance(veteran_users_item, int)
                or veteran_users_item is True
                or veteran_users_item is False
            ):
                raise TypeError(
                    f"veteran_users_item: expected an integer, got {type(veteran_users_item).__name__}"
                )

            veteran_users.append(veteran_users_item)

        user_trend_by_period = cls(
            periods=periods,
            new_users=new_users,
            veteran_users=veteran_users,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_trend_by_period.additional_properties = additional_properties
        return user_trend_by_period

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
