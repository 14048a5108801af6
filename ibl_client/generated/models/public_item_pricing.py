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
from ..models.item_type_3e2_enum import ItemType3E2Enum, check_item_type_3e2_enum

if TYPE_CHECKING:
    from ..models.item_price import ItemPrice


T = TypeVar("T", bound="PublicItemPricing")


@_attrs_define
class PublicItemPricing:
    item_type: ItemType3E2Enum
    """ * `mentor` - mentor
    * `course` - course
    * `program` - program
    * `pathway` - pathway """
    item_id: str
    item_name: str
    is_paywalled: bool
    allow_free_tier: bool
    trial_period_days: int
    prices: list[ItemPrice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type: str = self.item_type

        item_id = self.item_id

        item_name = self.item_name

        is_paywalled = self.is_paywalled

        allow_free_tier = self.allow_free_tier

        trial_period_days = self.trial_period_days

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_type": item_type,
                "item_id": item_id,
                "item_name": item_name,
                "is_paywalled": is_paywalled,
                "allow_free_tier": allow_free_tier,
                "trial_period_days": trial_period_days,
                "prices": prices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_price import ItemPrice  # noqa: PLC0415

        d = dict(src_dict)
        item_type = check_item_type_3e2_enum(d.pop("item_type"), "item_type")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise FieldError("item_id", "a string", item_id)

        item_name = d.pop("item_name")
        if not isinstance(item_name, str):
            raise FieldError("item_name", "a string", item_name)

        is_paywalled = d.pop("is_paywalled")
        if not isinstance(is_paywalled, bool):
            raise FieldError("is_paywalled", "a boolean", is_paywalled)

        allow_free_tier = d.pop("allow_free_tier")
        if not isinstance(allow_free_tier, bool):
            raise FieldError("allow_free_tier", "a boolean", allow_free_tier)

        trial_period_days = d.pop("trial_period_days")
        if (
            not isinstance(trial_period_days, int)
            or trial_period_days is True
            or trial_period_days is False
        ):
            raise FieldError("trial_period_days", "an integer", trial_period_days)

        _prices = d.pop("prices")
        if not isinstance(_prices, list):
            raise FieldError("prices", "an array", _prices)
        prices = []
        for _prices_index, prices_item_data in enumerate(_prices):
            try:
                prices_item = nested("prices_item", ItemPrice, prices_item_data)

            except PARSE_ERRORS as _prices_error:
                raise within(
                    ("prices", _prices_index), _prices_error, "prices_item"
                ) from _prices_error
            prices.append(prices_item)

        public_item_pricing = cls(
            item_type=item_type,
            item_id=item_id,
            item_name=item_name,
            is_paywalled=is_paywalled,
            allow_free_tier=allow_free_tier,
            trial_period_days=trial_period_days,
            prices=prices,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        public_item_pricing.additional_properties = additional_properties
        return public_item_pricing

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
