from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_group_list_response_resources_item import SCIMGroupListResponseResourcesItem


T = TypeVar("T", bound="SCIMGroupListResponse")


@_attrs_define
class SCIMGroupListResponse:
    """SCIM group list response serializer"""

    schemas: list[str]
    """ SCIM schema identifiers """
    total_results: int
    """ Total number of results """
    resources: list[SCIMGroupListResponseResourcesItem]
    """ List of group resources """
    start_index: int | Unset = UNSET
    """ Starting index """
    items_per_page: int | Unset = UNSET
    """ Items per page """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "total_results": "totalResults",
        "resources": "Resources",
        "start_index": "startIndex",
        "items_per_page": "itemsPerPage",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        schemas = self.schemas

        total_results = self.total_results

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        start_index = self.start_index

        items_per_page = self.items_per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
                "totalResults": total_results,
                "Resources": resources,
            }
        )
        if start_index is not UNSET:
            field_dict["startIndex"] = start_index
        if items_per_page is not UNSET:
            field_dict["itemsPerPage"] = items_per_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_group_list_response_resources_item import (
            SCIMGroupListResponseResourcesItem,  # noqa: PLC0415
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
            resources_item = SCIMGroupListResponseResourcesItem.from_dict(resources_item_data)

            resources.append(resources_item)

        start_index = d.pop("startIndex", UNSET)
        if not isinstance(start_index, (int, Unset)) or start_index is True or start_index is False:
            raise TypeError(f"startIndex: expected an integer, got {type(start_index).__name__}")

        items_per_page = d.pop("itemsPerPage", UNSET)
        if (
            not isinstance(items_per_page, (int, Unset))
            or items_per_page is True
            or items_per_page is False
        ):
            raise TypeError(
                f"itemsPerPage: expected an integer, got {type(items_per_page).__name__}"
            )

        scim_group_list_response = cls(
            schemas=schemas,
            total_results=total_results,
            resources=resources,
            start_index=start_index,
            items_per_page=items_per_page,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scim_group_list_response.additional_properties = additional_properties
        return scim_group_list_response

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
