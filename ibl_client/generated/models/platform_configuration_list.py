from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)

if TYPE_CHECKING:
    from ..models.platform_configuration_list_configurations import (
        PlatformConfigurationListConfigurations,
    )


T = TypeVar("T", bound="PlatformConfigurationList")


@_attrs_define
class PlatformConfigurationList:
    """Serializer for listing platform configurations"""

    platform_key: str
    configurations: PlatformConfigurationListConfigurations
    """ Dictionary of configuration key-value pairs with proper type casting """
    count: int
    """ Number of configurations returned """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        configurations = self.configurations.to_dict()

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "configurations": configurations,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_configuration_list_configurations import (
            PlatformConfigurationListConfigurations,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        configurations = nested(
            "configurations", PlatformConfigurationListConfigurations, d.pop("configurations")
        )

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        platform_configuration_list = cls(
            platform_key=platform_key,
            configurations=configurations,
            count=count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_configuration_list.additional_properties = additional_properties
        return platform_configuration_list

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
