from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialProviderConfigRequest")


@_attrs_define
class CredentialProviderConfigRequest:
    """Serializer for CredentialProviderConfig model.

    Serializes provider configuration including platform, provider name, config JSON, enabled status, and timestamps.

    """

    provider_name: str
    """ The credential provider name (references CredentialProvider.name) """
    config: Any | Unset = UNSET
    """ Provider-specific configuration in JSON format """
    enabled: bool | Unset = UNSET
    """ Whether this provider integration is enabled for the platform """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_name = self.provider_name

        config = self.config

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_name": provider_name,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_name = d.pop("provider_name")
        if not isinstance(provider_name, str):
            raise FieldError("provider_name", "a string", provider_name)

        config = d.pop("config", UNSET)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        credential_provider_config_request = cls(
            provider_name=provider_name,
            config=config,
            enabled=enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        credential_provider_config_request.additional_properties = additional_properties
        return credential_provider_config_request

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
