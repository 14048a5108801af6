from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    parse_datetime,
    within,
)

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
        _periods = d.pop("periods")
        if not isinstance(_periods, list):
            raise FieldError("periods", "an array", _periods)
        periods = []
        for _periods_index, periods_item_data in enumerate(_periods):
            try:
                periods_item = parse_datetime("periods_item", periods_item_data)

            except PARSE_ERRORS as _periods_error:
                raise within(
                    ("periods", _periods_index), _periods_error, "periods_item"
                ) from _periods_error
            periods.append(periods_item)

        _new_users = d.pop("new_users")
        if not isinstance(_new_users, list):
            raise FieldError("new_users", "an array", _new_users)
        new_users = []
        for _new_users_index, new_users_item_data in enumerate(_new_users):
            try:
                new_users_item = new_users_item_data
                if (
                    not isinstance(new_users_item, int)
                    or new_users_item is True
                    or new_users_item is False
                ):
                    raise FieldError("new_users_item", "an integer", new_users_item)

            except PARSE_ERRORS as _new_users_error:
                raise within(
                    ("new_users", _new_users_index), _new_users_error, "new_users_item"
                ) from _new_users_error
            new_users.append(new_users_item)

        _veteran_users = d.pop("veteran_users")
        if not isinstance(_veteran_users, list):
            raise FieldError("veteran_users", "an array", _veteran_users)
        veteran_users = []
        for _veteran_users_index, veteran_users_item_data in enumerate(_veteran_users):
            try:
                veteran_users_item = veteran_users_item_data
                if (
                    not isinstance(veteran_users_item, int)
                    or veteran_users_item is True
                    or veteran_users_item is False
                ):
                    raise FieldError("veteran_users_item", "an integer", veteran_users_item)

            except PARSE_ERRORS as _veteran_users_error:
                raise within(
                    ("veteran_users", _veteran_users_index),
                    _veteran_users_error,
                    "veteran_users_item",
                ) from _veteran_users_error
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
