from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)

if TYPE_CHECKING:
    from ..models.configuration_item import ConfigurationItem


T = TypeVar("T", bound="PlatformConfigurationSet")


@_attrs_define
class PlatformConfigurationSet:
    """Serializer for setting platform configurations"""

    platform_key: str
    """ Platform key to set configurations for """
    configurations: list[ConfigurationItem]
    """ List of configurations to set """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        configurations = []
        for configurations_item_data in self.configurations:
            configurations_item = configurations_item_data.to_dict()
            configurations.append(configurations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "configurations": configurations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_item import ConfigurationItem  # noqa: PLC0415

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        _configurations = d.pop("configurations")
        if not isinstance(_configurations, list):
            raise FieldError("configurations", "an array", _configurations)
        configurations = []
        for _configurations_index, configurations_item_data in enumerate(_configurations):
            try:
                configurations_item = nested(
                    "configurations_item", ConfigurationItem, configurations_item_data
                )

            except PARSE_ERRORS as _configurations_error:
                raise within(
                    ("configurations", _configurations_index),
                    _configurations_error,
                    "configurations_item",
                ) from _configurations_error
            configurations.append(configurations_item)

        platform_configuration_set = cls(
            platform_key=platform_key,
            configurations=configurations,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_configuration_set.additional_properties = additional_properties
        return platform_configuration_set

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
