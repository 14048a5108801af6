from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="ProviderBreakdown")


@_attrs_define
class ProviderBreakdown:
    """Provider cost breakdown."""

    provider: str
    cost: str
    percentage: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        cost = self.cost

        percentage = self.percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "cost": cost,
                "percentage": percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = d.pop("provider")
        if not isinstance(provider, str):
            raise FieldError("provider", "a string", provider)

        cost = d.pop("cost")
        if not isinstance(cost, str):
            raise FieldError("cost", "a string", cost)

        percentage = d.pop("percentage")
        if not isinstance(percentage, str):
            raise FieldError("percentage", "a string", percentage)

        provider_breakdown = cls(
            provider=provider,
            cost=cost,
            percentage=percentage,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        provider_breakdown.additional_properties = additional_properties
        return provider_breakdown

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
