from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoRechargeTriggerRequest")


@_attrs_define
class AutoRechargeTriggerRequest:
    """Request schema for POST auto-recharge/trigger/."""

    platform_key: str | Unset = UNSET
    """ The unique key of the platform. Defaults to 'main'. """
    amount_usd: str | Unset = UNSET
    """ Optional. When set, perform manual top-up: charge this amount (user USD) and add credits. No threshold,
    spending limit, or cooldown. Omit to run normal auto-recharge once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        amount_usd = self.amount_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if amount_usd is not UNSET:
            field_dict["amount_usd"] = amount_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        amount_usd = d.pop("amount_usd", UNSET)
        if not isinstance(amount_usd, (str, Unset)):
            raise FieldError("amount_usd", "a string", amount_usd)

        auto_recharge_trigger_request = cls(
            platform_key=platform_key,
            amount_usd=amount_usd,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        auto_recharge_trigger_request.additional_properties = additional_properties
        return auto_recharge_trigger_request

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
