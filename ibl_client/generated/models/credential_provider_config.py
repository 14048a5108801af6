from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialProviderConfig")


@_attrs_define
class CredentialProviderConfig:
    """Serializer for CredentialProviderConfig model.

    Serializes provider configuration including platform, provider name, config JSON, enabled status, and timestamps.

    """

    id: int
    platform_key: str
    platform_name: str
    provider_name: str
    """ The credential provider name (references CredentialProvider.name) """
    provider_name_display: str
    """ Get display name from provider if available, otherwise use provider_name. """
    created: datetime.datetime
    updated: datetime.datetime
    config: Any | Unset = UNSET
    """ Provider-specific configuration in JSON format """
    enabled: bool | Unset = UNSET
    """ Whether this provider integration is enabled for the platform """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform_key = self.platform_key

        platform_name = self.platform_name

        provider_name = self.provider_name

        provider_name_display = self.provider_name_display

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        config = self.config

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform_key": platform_key,
                "platform_name": platform_name,
                "provider_name": provider_name,
                "provider_name_display": provider_name_display,
                "created": created,
                "updated": updated,
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
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        platform_name = d.pop("platform_name")
        if not isinstance(platform_name, str):
            raise FieldError("platform_name", "a string", platform_name)

        provider_name = d.pop("provider_name")
        if not isinstance(provider_name, str):
            raise FieldError("provider_name", "a string", provider_name)

        provider_name_display = d.pop("provider_name_display")
        if not isinstance(provider_name_display, str):
            raise FieldError("provider_name_display", "a string", provider_name_display)

        created = parse_datetime("created", d.pop("created"))

        updated = parse_datetime("updated", d.pop("updated"))

        config = d.pop("config", UNSET)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        credential_provider_config = cls(
            id=id,
            platform_key=platform_key,
            platform_name=platform_name,
            provider_name=provider_name,
            provider_name_display=provider_name_display,
            created=created,
            updated=updated,
            config=config,
            enabled=enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        credential_provider_config.additional_properties = additional_properties
        return credential_provider_config

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
