from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SCIMAddress")


@_attrs_define
class SCIMAddress:
    """SCIM address object serializer"""

    type_: str
    """ Address type (work, home, etc.) """
    formatted: str
    """ Full formatted address """
    street_address: str
    """ Street address """
    locality: str
    """ City """
    region: str
    """ State/region """
    postal_code: str
    """ Postal code """
    country: str
    """ Country """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
        "street_address": "streetAddress",
        "postal_code": "postalCode",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        formatted = self.formatted

        street_address = self.street_address

        locality = self.locality

        region = self.region

        postal_code = self.postal_code

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "formatted": formatted,
                "streetAddress": street_address,
                "locality": locality,
                "region": region,
                "postalCode": postal_code,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        formatted = d.pop("formatted")
        if not isinstance(formatted, str):
            raise TypeError(f"formatted: expected a string, got {type(formatted).__name__}")

        street_address = d.pop("streetAddress")
        if not isinstance(street_address, str):
            raise TypeError(
                f"streetAddress: expected a string, got {type(street_address).__name__}"
            )

        locality = d.pop("locality")
        if not isinstance(locality, str):
            raise TypeError(f"locality: expected a string, got {type(locality).__name__}")

        region = d.pop("region")
        if not isinstance(region, str):
            raise TypeError(f"region: expected a string, got {type(region).__name__}")

        postal_code = d.pop("postalCode")
        if not isinstance(postal_code, str):
            raise TypeError(f"postalCode: expected a string, got {type(postal_code).__name__}")

        country = d.pop("country")
        if not isinstance(country, str):
            raise TypeError(f"country: expected a string, got {type(country).__name__}")

        scim_address = cls(
            type_=type_,
            formatted=formatted,
            street_address=street_address,
            locality=locality,
            region=region,
            postal_code=postal_code,
            country=country,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scim_address.additional_properties = additional_properties
        return scim_address

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
