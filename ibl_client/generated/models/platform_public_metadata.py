from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformPublicMetadata")


@_attrs_define
class PlatformPublicMetadata:
    platform_key: str
    platform_name: str
    metadata: Any | Unset = UNSET
    """ The public metadata """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        platform_name = self.platform_name

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "platform_name": platform_name,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        platform_name = d.pop("platform_name")
        if not isinstance(platform_name, str):
            raise FieldError("platform_name", "a string", platform_name)

        metadata = d.pop("metadata", UNSET)

        platform_public_metadata = cls(
            platform_key=platform_key,
            platform_name=platform_name,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_public_metadata.additional_properties = additional_properties
        return platform_public_metadata

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
