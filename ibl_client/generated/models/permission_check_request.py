from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)

T = TypeVar("T", bound="PermissionCheckRequest")


@_attrs_define
class PermissionCheckRequest:
    """Serializer for permission check requests"""

    platform_key: str
    """ Platform key to check permissions for """
    resources: list[str]
    """ List of resource paths to check permissions for. Must start and end with '/' (e.g., ['/mentors/',
    '/mentors/123/', '/students/']) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        resources = self.resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "resources": resources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        _resources = d.pop("resources")
        if not isinstance(_resources, list):
            raise FieldError("resources", "an array", _resources)
        resources = []
        for _resources_index, resources_item_data in enumerate(_resources):
            try:
                resources_item = resources_item_data
                if not isinstance(resources_item, str):
                    raise FieldError("resources_item", "a string", resources_item)

            except PARSE_ERRORS as _resources_error:
                raise within(
                    ("resources", _resources_index), _resources_error, "resources_item"
                ) from _resources_error
            resources.append(resources_item)

        permission_check_request = cls(
            platform_key=platform_key,
            resources=resources,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        permission_check_request.additional_properties = additional_properties
        return permission_check_request

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
