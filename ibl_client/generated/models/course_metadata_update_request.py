from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseMetadataUpdateRequest")


@_attrs_define
class CourseMetadataUpdateRequest:
    """Serializer for course metadata update request body."""

    course_id: str
    """ The course ID to update metadata for """
    metadata: Any
    """ The metadata to update """
    update: bool | Unset = UNSET
    """ Whether to update (True) or overwrite (False) existing metadata """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        metadata = self.metadata

        update = self.update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "metadata": metadata,
            }
        )
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        metadata = d.pop("metadata")

        update = d.pop("update", UNSET)
        if not isinstance(update, (bool, Unset)):
            raise FieldError("update", "a boolean", update)

        course_metadata_update_request = cls(
            course_id=course_id,
            metadata=metadata,
            update=update,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_metadata_update_request.additional_properties = additional_properties
        return course_metadata_update_request

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
