from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_uuid,
)

T = TypeVar("T", bound="StripeBillingPageIdentifierResponse")


@_attrs_define
class StripeBillingPageIdentifierResponse:
    publishable_key: str
    pricing_table_id: str
    pricing_table_js: Any
    payment_link_id: str
    payment_link_url: str
    customer_email: str
    client_reference_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        publishable_key = self.publishable_key

        pricing_table_id = self.pricing_table_id

        pricing_table_js = self.pricing_table_js

        payment_link_id = self.payment_link_id

        payment_link_url = self.payment_link_url

        customer_email = self.customer_email

        client_reference_id = str(self.client_reference_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "publishable_key": publishable_key,
                "pricing_table_id": pricing_table_id,
                "pricing_table_js": pricing_table_js,
                "payment_link_id": payment_link_id,
                "payment_link_url": payment_link_url,
                "customer_email": customer_email,
                "client_reference_id": client_reference_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        publishable_key = d.pop("publishable_key")
        if not isinstance(publishable_key, str):
            raise FieldError("publishable_key", "a string", publishable_key)

        pricing_table_id = d.pop("pricing_table_id")
        if not isinstance(pricing_table_id, str):
            raise FieldError("pricing_table_id", "a string", pricing_table_id)

        pricing_table_js = d.pop("pricing_table_js")

        payment_link_id = d.pop("payment_link_id")
        if not isinstance(payment_link_id, str):
            raise FieldError("payment_link_id", "a string", payment_link_id)

        payment_link_url = d.pop("payment_link_url")
        if not isinstance(payment_link_url, str):
            raise FieldError("payment_link_url", "a string", payment_link_url)

        customer_email = d.pop("customer_email")
        if not isinstance(customer_email, str):
            raise FieldError("customer_email", "a string", customer_email)

        client_reference_id = parse_uuid("client_reference_id", d.pop("client_reference_id"))

        stripe_billing_page_identifier_response = cls(
            publishable_key=publishable_key,
            pricing_table_id=pricing_table_id,
            pricing_table_js=pricing_table_js,
            payment_link_id=payment_link_id,
            payment_link_url=payment_link_url,
            customer_email=customer_email,
            client_reference_id=client_reference_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        stripe_billing_page_identifier_response.additional_properties = additional_properties
        return stripe_billing_page_identifier_response

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
