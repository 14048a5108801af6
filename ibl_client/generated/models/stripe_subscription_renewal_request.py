from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="StripeSubscriptionRenewalRequest")


@_attrs_define
class StripeSubscriptionRenewalRequest:
    checkout_session_uuid: str
    return_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_session_uuid = self.checkout_session_uuid

        return_url = self.return_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkout_session_uuid": checkout_session_uuid,
                "return_url": return_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkout_session_uuid = d.pop("checkout_session_uuid")
        if not isinstance(checkout_session_uuid, str):
            raise FieldError("checkout_session_uuid", "a string", checkout_session_uuid)

        return_url = d.pop("return_url")
        if not isinstance(return_url, str):
            raise FieldError("return_url", "a string", return_url)

        stripe_subscription_renewal_request = cls(
            checkout_session_uuid=checkout_session_uuid,
            return_url=return_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        stripe_subscription_renewal_request.additional_properties = additional_properties
        return stripe_subscription_renewal_request

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
