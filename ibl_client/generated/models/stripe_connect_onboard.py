from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.business_type_enum import BusinessTypeEnum, check_business_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeConnectOnboard")


@_attrs_define
class StripeConnectOnboard:
    """Serializer for Connect onboarding request."""

    return_url: str
    """ URL to redirect after onboarding completes """
    refresh_url: str
    """ URL to redirect if onboarding link expires """
    business_type: BusinessTypeEnum | Unset = UNSET
    """ * `individual` - individual
    * `company` - company """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_url = self.return_url

        refresh_url = self.refresh_url

        business_type: str | Unset = UNSET
        if not isinstance(self.business_type, Unset):
            business_type = self.business_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "return_url": return_url,
                "refresh_url": refresh_url,
            }
        )
        if business_type is not UNSET:
            field_dict["business_type"] = business_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        return_url = d.pop("return_url")
        if not isinstance(return_url, str):
            raise FieldError("return_url", "a string", return_url)

        refresh_url = d.pop("refresh_url")
        if not isinstance(refresh_url, str):
            raise FieldError("refresh_url", "a string", refresh_url)

        _business_type = d.pop("business_type", UNSET)
        business_type: BusinessTypeEnum | Unset
        if isinstance(_business_type, Unset):
            business_type = UNSET
        else:
            business_type = check_business_type_enum(_business_type, "business_type")

        stripe_connect_onboard = cls(
            return_url=return_url,
            refresh_url=refresh_url,
            business_type=business_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        stripe_connect_onboard.additional_properties = additional_properties
        return stripe_connect_onboard

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
