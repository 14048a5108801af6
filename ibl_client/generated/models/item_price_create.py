from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.interval_enum import IntervalEnum, check_interval_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemPriceCreate")


@_attrs_define
class ItemPriceCreate:
    name: str
    """ Display name for this pricing tier (e.g., 'Basic', 'Premium') """
    amount: str
    description: None | str | Unset = UNSET
    """ Description of what's included in this tier """
    currency: str | Unset = UNSET
    """ Currency code (e.g., 'usd', 'eur') """
    interval: IntervalEnum | Unset = UNSET
    """ * `month` - Monthly
    * `year` - Yearly
    * `one_time` - One Time """
    is_active: bool | Unset = UNSET
    """ Whether this price is currently available for purchase """
    features: Any | Unset = UNSET
    """ List of features included in this tier """
    sort_order: int | Unset = UNSET
    """ Display order for this price tier """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        amount = self.amount

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        currency = self.currency

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval

        is_active = self.is_active

        features = self.features

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "amount": amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if currency is not UNSET:
            field_dict["currency"] = currency
        if interval is not UNSET:
            field_dict["interval"] = interval
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if features is not UNSET:
            field_dict["features"] = features
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        amount = d.pop("amount")
        if not isinstance(amount, str):
            raise FieldError("amount", "a string", amount)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise FieldError("currency", "a string", currency)

        _interval = d.pop("interval", UNSET)
        interval: IntervalEnum | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = check_interval_enum(_interval, "interval")

        is_active = d.pop("is_active", UNSET)
        if not isinstance(is_active, (bool, Unset)):
            raise FieldError("is_active", "a boolean", is_active)

        features = d.pop("features", UNSET)

        sort_order = d.pop("sort_order", UNSET)
        if not isinstance(sort_order, (int, Unset)) or sort_order is True or sort_order is False:
            raise FieldError("sort_order", "an integer", sort_order)

        item_price_create = cls(
            name=name,
            amount=amount,
            description=description,
            currency=currency,
            interval=interval,
            is_active=is_active,
            features=features,
            sort_order=sort_order,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        item_price_create.additional_properties = additional_properties
        return item_price_create

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
