from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="BulkCreateAssertion")


@_attrs_define
class BulkCreateAssertion:
    skipped: list[Any]
    issued: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skipped = self.skipped

        issued = self.issued

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skipped": skipped,
                "issued": issued,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _skipped = d.pop("skipped")
        if not isinstance(_skipped, list):
            raise FieldError("skipped", "an array", _skipped)
        skipped = _skipped

        _issued = d.pop("issued")
        if not isinstance(_issued, list):
            raise FieldError("issued", "an array", _issued)
        issued = _issued

        bulk_create_assertion = cls(
            skipped=skipped,
            issued=issued,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        bulk_create_assertion.additional_properties = additional_properties
        return bulk_create_assertion

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
