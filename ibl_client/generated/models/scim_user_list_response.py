from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scim_user_list_response_resources_item import SCIMUserListResponseResourcesItem


T = TypeVar("T", bound="SCIMUserListResponse")


@_attrs_define
class SCIMUserListResponse:
    """SCIM user list response serializer"""

    schemas: list[str]
    """ SCIM schema identifiers """
    total_results: int
    """ Total number of results """
    resources: list[SCIMUserListResponseResourcesItem]
    """ List of user resources """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "total_results": "totalResults",
        "resources": "Resources",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        schemas = self.schemas

        total_results = self.total_results

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
                "totalResults": total_results,
                "Resources": resources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_user_list_response_resources_item import (
            SCIMUserListResponseResourcesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        schemas = []
        _schemas = d.pop("schemas")
        for schemas_item_data in _schemas:
            schemas_item = schemas_item_data
            if not isinstance(schemas_item, str):
                raise TypeError(
                    f"schemas_item: expected a string, got {type(schemas_item).__name__}"
                )

            schemas.append(schemas_item)

        total_results = d.pop("totalResults")
        if not isinstance(total_results, int) or total_results is True or total_results is False:
            raise TypeError(
                f"totalResults: expected an integer, got {type(total_results).__name__}"
            )

        resources = []
        _resources = d.pop("Resources")
        for resources_item_data in _resources:
            resources_item = SCIMUserListResponseResourcesItem.from_dict(resources_item_data)

            resources.append(resources_item)

        scim_user_list_response = cls(
            schemas=schemas,
            total_results=total_results,
            resources=resources,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scim_user_list_response.additional_properties = additional_properties
        return scim_user_list_response

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
