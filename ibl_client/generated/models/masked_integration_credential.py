from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_service_info import ExternalServiceInfo


T = TypeVar("T", bound="MaskedIntegrationCredential")


@_attrs_define
class MaskedIntegrationCredential:
    name: str
    platform: str
    """ The platform key """
    service_info: ExternalServiceInfo
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        platform = self.platform

        service_info = self.service_info.to_dict()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "platform": platform,
                "service_info": service_info,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_service_info import ExternalServiceInfo  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        platform = d.pop("platform")
        if not isinstance(platform, str):
            raise FieldError("platform", "a string", platform)

        service_info = nested("service_info", ExternalServiceInfo, d.pop("service_info"))

        value = d.pop("value", UNSET)

        masked_integration_credential = cls(
            name=name,
            platform=platform,
            service_info=service_info,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        masked_integration_credential.additional_properties = additional_properties
        return masked_integration_credential

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
