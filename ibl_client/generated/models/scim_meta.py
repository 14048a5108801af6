from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
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
            raise FieldError("resourceType", "a string", resource_type)

        created = d.pop("created", UNSET)
        if not isinstance(created, (str, Unset)):
            raise FieldError("created", "a string", created)

        last_modified = d.pop("lastModified", UNSET)
        if not isinstance(last_modified, (str, Unset)):
            raise FieldError("lastModified", "a string", last_modified)

        version = d.pop("version", UNSET)
        if not isinstance(version, (str, Unset)):
            raise FieldError("version", "a string", version)

        location = d.pop("location", UNSET)
        if not isinstance(location, (str, Unset)):
            raise FieldError("location", "a string", location)

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
