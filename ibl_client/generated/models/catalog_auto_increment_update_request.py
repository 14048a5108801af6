from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogAutoIncrementUpdateRequest")


@_attrs_define
class CatalogAutoIncrementUpdateRequest:
    """Serializer for auto increment update request parameters."""

    number_type: str
    """ Type of number requested (e.g., course, program, pathway) """
    key: str | Unset = UNSET
    """ Platform key identifier """
    org: str | Unset = UNSET
    """ Platform organization identifier """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_type = self.number_type

        key = self.key

        org = self.org

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number_type": number_type,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if org is not UNSET:
            field_dict["org"] = org

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_type = d.pop("number_type")
        if not isinstance(number_type, str):
            raise FieldError("number_type", "a string", number_type)

        key = d.pop("key", UNSET)
        if not isinstance(key, (str, Unset)):
            raise FieldError("key", "a string", key)

        org = d.pop("org", UNSET)
        if not isinstance(org, (str, Unset)):
            raise FieldError("org", "a string", org)

        catalog_auto_increment_update_request = cls(
            number_type=number_type,
            key=key,
            org=org,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        catalog_auto_increment_update_request.additional_properties = additional_properties
        return catalog_auto_increment_update_request

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
