from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="StripeConnectOnboardResponse")


@_attrs_define
class StripeConnectOnboardResponse:
    """Serializer for Connect onboarding response."""

    account_id: str
    onboarding_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        onboarding_url = self.onboarding_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "onboarding_url": onboarding_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")
        if not isinstance(account_id, str):
            raise FieldError("account_id", "a string", account_id)

        onboarding_url = d.pop("onboarding_url")
        if not isinstance(onboarding_url, str):
            raise FieldError("onboarding_url", "a string", onboarding_url)

        stripe_connect_onboard_response = cls(
            account_id=account_id,
            onboarding_url=onboarding_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        stripe_connect_onboard_response.additional_properties = additional_properties
        return stripe_connect_onboard_response

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
