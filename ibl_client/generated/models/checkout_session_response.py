from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="CheckoutSessionResponse")


@_attrs_define
class CheckoutSessionResponse:
    """Response returned after creating a Stripe checkout session."""

    checkout_url: str
    """ Stripe-hosted checkout page URL. """
    session_id: str
    """ Stripe checkout session ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_url = self.checkout_url

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkout_url": checkout_url,
                "session_id": session_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkout_url = d.pop("checkout_url")
        if not isinstance(checkout_url, str):
            raise FieldError("checkout_url", "a string", checkout_url)

        session_id = d.pop("session_id")
        if not isinstance(session_id, str):
            raise FieldError("session_id", "a string", session_id)

        checkout_session_response = cls(
            checkout_url=checkout_url,
            session_id=session_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        checkout_session_response.additional_properties = additional_properties
        return checkout_session_response

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
