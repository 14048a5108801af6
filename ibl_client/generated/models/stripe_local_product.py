from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        price = d.pop("price")
        if not isinstance(price, str):
            raise TypeError(f"price: expected a string, got {type(price).__name__}")

        sku = d.pop("sku")
        if not isinstance(sku, str):
            raise TypeError(f"sku: expected a string, got {type(sku).__name__}")

        platform = d.pop("platform")
        if not isinstance(platform, str):
            raise TypeError(f"platform: expected a string, got {type(platform).__name__}")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                description_type_0 = data
                if not isinstance(description_type_0, str):
                    raise TypeError(
                        f"description_type_0: expected a string, got {type(description_type_0).__name__}"
                    )

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            description_type_1 = data

            return description_type_1

        description = _parse_description(d.pop("description", UNSET))

        def _parse_stripe_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stripe_product_id_type_0 = data
                if not isinstance(stripe_product_id_type_0, str):
                    raise TypeError(
                        f"stripe_product_id_type_0: expected a string, got {type(stripe_product_id_type_0).__name__}"
                    )

                return stripe_product_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            stripe_product_id_type_1 = data

            return stripe_product_id_type_1

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
