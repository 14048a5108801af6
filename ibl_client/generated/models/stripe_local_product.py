from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeLocalProduct")


@_attrs_define
class StripeLocalProduct:
    name: str
    price: str
    sku: str
    platform: str
    description: None | str | Unset = UNSET
    stripe_product_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price

        sku = self.sku

        platform = self.platform

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        stripe_product_id: None | str | Unset
        if isinstance(self.stripe_product_id, Unset):
            stripe_product_id = UNSET
        else:
            stripe_product_id = self.stripe_product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "price": price,
                "sku": sku,
                "platform": platform,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if stripe_product_id is not UNSET:
            field_dict["stripe_product_id"] = stripe_product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        price = d.pop("price")
        if not isinstance(price, str):
            raise FieldError("price", "a string", price)

        sku = d.pop("sku")
        if not isinstance(sku, str):
            raise FieldError("sku", "a string", sku)

        platform = d.pop("platform")
        if not isinstance(platform, str):
            raise FieldError("platform", "a string", platform)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_stripe_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("stripe_product_id", "a string or null", data)

        stripe_product_id = _parse_stripe_product_id(d.pop("stripe_product_id", UNSET))

        stripe_local_product = cls(
            name=name,
            price=price,
            sku=sku,
            platform=platform,
            description=description,
            stripe_product_id=stripe_product_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        stripe_local_product.additional_properties = additional_properties
        return stripe_local_product

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
