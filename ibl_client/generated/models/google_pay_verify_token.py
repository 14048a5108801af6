from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GooglePayVerifyToken")


@_attrs_define
class GooglePayVerifyToken:
    google_pay_receipt: str
    bundle_id: str | Unset = UNSET
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        google_pay_receipt = self.google_pay_receipt

        bundle_id = self.bundle_id

        key = self.key

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "google_pay_receipt": google_pay_receipt,
            }
        )
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        google_pay_receipt = d.pop("google_pay_receipt")
        if not isinstance(google_pay_receipt, str):
            raise FieldError("google_pay_receipt", "a string", google_pay_receipt)

        bundle_id = d.pop("bundle_id", UNSET)
        if not isinstance(bundle_id, (str, Unset)):
            raise FieldError("bundle_id", "a string", bundle_id)

        key = d.pop("key", UNSET)
        if not isinstance(key, (str, Unset)):
            raise FieldError("key", "a string", key)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        google_pay_verify_token = cls(
            google_pay_receipt=google_pay_receipt,
            bundle_id=bundle_id,
            key=key,
            name=name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        google_pay_verify_token.additional_properties = additional_properties
        return google_pay_verify_token

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
