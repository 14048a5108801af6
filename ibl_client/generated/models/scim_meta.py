from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SCIMMeta")


@_attrs_define
class SCIMMeta:
    """SCIM meta object serializer"""

    resource_type: str | Unset = UNSET
    """ Resource type """
    created: str | Unset = UNSET
    """ Creation timestamp """
    last_modified: str | Unset = UNSET
    """ Last modification timestamp """
    version: str | Unset = UNSET
    """ Resource version """
    location: str | Unset = UNSET
    """ Resource location URL """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "resource_type": "resourceType",
        "last_modified": "lastModified",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        created = self.created

        last_modified = self.last_modified

        version = self.version

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if created is not UNSET:
            field_dict["created"] = created
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if version is not UNSET:
            field_dict["version"] = version
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type = d.pop("resourceType", UNSET)
        if not isinstance(resource_type, (str, Unset)):
            raise TypeError(f"resourceType: expected a string, got {type(resource_type).__name__}")

        created = d.pop("created", UNSET)
        if not isinstance(created, (str, Unset)):
            raise TypeError(f"created: expected a string, got {type(created).__name__}")

        last_modified = d.pop("lastModified", UNSET)
        if not isinstance(last_modified, (str, Unset)):
            raise TypeError(f"lastModified: expected a string, got {type(last_modified).__name__}")

        version = d.pop("version", UNSET)
        if not isinstance(version, (str, Unset)):
            raise TypeError(f"version: expected a string, got {type(version).__name__}")

        location = d.pop("location", UNSET)
        if not isinstance(location, (str, Unset)):
            raise TypeError(f"location: expected a string, got {type(location).__name__}")

        scim_meta = cls(
            resource_type=resource_type,
            created=created,
            last_modified=last_modified,
            version=version,
            location=location,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scim_meta.additional_properties = additional_properties
        return scim_meta

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
