from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="PlatformRevenueSummary")


@_attrs_define
class PlatformRevenueSummary:
    sales_volume: str
    sales_count: int
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_volume = self.sales_volume

        sales_count = self.sales_count

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sales_volume": sales_volume,
                "sales_count": sales_count,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sales_volume = d.pop("sales_volume")
        if not isinstance(sales_volume, str):
            raise FieldError("sales_volume", "a string", sales_volume)

        sales_count = d.pop("sales_count")
        if not isinstance(sales_count, int) or sales_count is True or sales_count is False:
            raise FieldError("sales_count", "an integer", sales_count)

        currency = d.pop("currency")
        if not isinstance(currency, str):
            raise FieldError("currency", "a string", currency)

        platform_revenue_summary = cls(
            sales_volume=sales_volume,
            sales_count=sales_count,
            currency=currency,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_revenue_summary.additional_properties = additional_properties
        return platform_revenue_summary

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
