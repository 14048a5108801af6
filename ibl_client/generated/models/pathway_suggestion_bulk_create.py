from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pathway_suggestion_bulk_create_suggestion_data_item import (
        PathwaySuggestionBulkCreateSuggestionDataItem,
    )


T = TypeVar("T", bound="PathwaySuggestionBulkCreate")


@_attrs_define
class PathwaySuggestionBulkCreate:
    """Request serializer for PathwaySuggestionBulkManagementView POST endpoint"""

    platform_key: str
    """ The platform for the suggestions """
    suggestion_data: list[PathwaySuggestionBulkCreateSuggestionDataItem]
    """ List of suggestion data objects, each containing pathway_id, user_id, etc. """
    platform_org: str | Unset = UNSET
    """ The organization identifier for the platform """
    department_mode: bool | Unset = UNSET
    """ Flag to ensure department admins can call the API """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        suggestion_data = []
        for suggestion_data_item_data in self.suggestion_data:
            suggestion_data_item = suggestion_data_item_data.to_dict()
            suggestion_data.append(suggestion_data_item)

        platform_org = self.platform_org

        department_mode = self.department_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "suggestion_data": suggestion_data,
            }
        )
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if department_mode is not UNSET:
            field_dict["department_mode"] = department_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pathway_suggestion_bulk_create_suggestion_data_item import (
            PathwaySuggestionBulkCreateSuggestionDataItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        _suggestion_data = d.pop("suggestion_data")
        if not isinstance(_suggestion_data, list):
            raise FieldError("suggestion_data", "an array", _suggestion_data)
        suggestion_data = []
        for _suggestion_data_index, suggestion_data_item_data in enumerate(_suggestion_data):
            try:
                suggestion_data_item = nested(
                    "suggestion_data_item",
                    PathwaySuggestionBulkCreateSuggestionDataItem,
                    suggestion_data_item_data,
                )

            except PARSE_ERRORS as _suggestion_data_error:
                raise within(
                    ("suggestion_data", _suggestion_data_index),
                    _suggestion_data_error,
                    "suggestion_data_item",
                ) from _suggestion_data_error
            suggestion_data.append(suggestion_data_item)

        platform_org = d.pop("platform_org", UNSET)
        if not isinstance(platform_org, (str, Unset)):
            raise FieldError("platform_org", "a string", platform_org)

        department_mode = d.pop("department_mode", UNSET)
        if not isinstance(department_mode, (bool, Unset)):
            raise FieldError("department_mode", "a boolean", department_mode)

        pathway_suggestion_bulk_create = cls(
            platform_key=platform_key,
            suggestion_data=suggestion_data,
            platform_org=platform_org,
            department_mode=department_mode,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway_suggestion_bulk_create.additional_properties = additional_properties
        return pathway_suggestion_bulk_create

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
