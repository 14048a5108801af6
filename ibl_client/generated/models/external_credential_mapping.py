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

T = TypeVar("T", bound="ExternalCredentialMapping")


@_attrs_define
class ExternalCredentialMapping:
    """Serializer for ExternalCredentialMapping model.

    Serializes external credential mappings including credential, platform, provider, external_template_id, and
    metadata.

    """

    id: int
    credential_id: str
    credential_name: str
    platform_key: str
    platform_name: str
    provider: int | None
    """ The credential provider """
    provider_name: str
    """ The credential provider name (references CredentialProvider.name) """
    provider_name_display: str
    """ Get display name from provider if available, otherwise use provider_name. """
    created: datetime.datetime
    updated: datetime.datetime
    external_template_id: None | str | Unset = UNSET
    """ The template ID in the external system (e.g., Accredible template ID) """
    group_id: None | str | Unset = UNSET
    """ The group ID in the external system (e.g., Accredible group ID). If not set, will fall back to the provider
    config's group_id. """
    metadata: Any | Unset = UNSET
    """ Additional metadata stored as JSON (for general mapping information, not sync status) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        credential_id = self.credential_id

        credential_name = self.credential_name

        platform_key = self.platform_key

        platform_name = self.platform_name

        provider: int | None
        provider = self.provider

        provider_name = self.provider_name

        provider_name_display = self.provider_name_display

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        external_template_id: None | str | Unset
        if isinstance(self.external_template_id, Unset):
            external_template_id = UNSET
        else:
            external_template_id = self.external_template_id

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "credential_id": credential_id,
                "credential_name": credential_name,
                "platform_key": platform_key,
                "platform_name": platform_name,
                "provider": provider,
                "provider_name": provider_name,
                "provider_name_display": provider_name_display,
                "created": created,
                "updated": updated,
            }
        )
        if external_template_id is not UNSET:
            field_dict["external_template_id"] = external_template_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        credential_id = d.pop("credential_id")
        if not isinstance(credential_id, str):
            raise FieldError("credential_id", "a string", credential_id)

        credential_name = d.pop("credential_name")
        if not isinstance(credential_name, str):
            raise FieldError("credential_name", "a string", credential_name)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        platform_name = d.pop("platform_name")
        if not isinstance(platform_name, str):
            raise FieldError("platform_name", "a string", platform_name)

        def _parse_provider(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("provider", "an integer or null", data)

        provider = _parse_provider(d.pop("provider"))

        provider_name = d.pop("provider_name")
        if not isinstance(provider_name, str):
            raise FieldError("provider_name", "a string", provider_name)

        provider_name_display = d.pop("provider_name_display")
        if not isinstance(provider_name_display, str):
            raise FieldError("provider_name_display", "a string", provider_name_display)

        created = parse_datetime("created", d.pop("created"))

        updated = parse_datetime("updated", d.pop("updated"))

        def _parse_external_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("external_template_id", "a string or null", data)

        external_template_id = _parse_external_template_id(d.pop("external_template_id", UNSET))

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("group_id", "a string or null", data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        metadata = d.pop("metadata", UNSET)

        external_credential_mapping = cls(
            id=id,
            credential_id=credential_id,
            credential_name=credential_name,
            platform_key=platform_key,
            platform_name=platform_name,
            provider=provider,
            provider_name=provider_name,
            provider_name_display=provider_name_display,
            created=created,
            updated=updated,
            external_template_id=external_template_id,
            group_id=group_id,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        external_credential_mapping.additional_properties = additional_properties
        return external_credential_mapping

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
