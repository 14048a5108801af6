from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseMetadataSearchRequest")


@_attrs_define
class CourseMetadataSearchRequest:
    """Serializer for course metadata search request body."""

    data_contains: Any | Unset = UNSET
    """ Filter by metadata fields (JSON object) """
    slug: str | Unset = UNSET
    """ Filter by course slug """
    course_id: str | Unset = UNSET
    """ Filter by course ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "data_contains": "data__contains",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        data_contains = self.data_contains

        slug = self.slug

        course_id = self.course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_contains is not UNSET:
            field_dict["data__contains"] = data_contains
        if slug is not UNSET:
            field_dict["slug"] = slug
        if course_id is not UNSET:
            field_dict["course_id"] = course_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_contains = d.pop("data__contains", UNSET)

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, (str, Unset)):
            raise TypeError(f"slug: expected a string, got {type(slug).__name__}")

        course_id = d.pop("course_id", UNSET)
        if not isinstance(course_id, (str, Unset)):
            raise TypeError(f"course_id: expected a string, got {type(course_id).__name__}")

        course_metadata_search_request = cls(
            data_contains=data_contains,
            slug=slug,
            course_id=course_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_metadata_search_request.additional_properties = additional_properties
        return course_metadata_search_request

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
