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
    from ..models.program_course_position_request import ProgramCoursePositionRequest


T = TypeVar("T", bound="ProgramSearchRequest")


@_attrs_define
class ProgramSearchRequest:
    course_list: list[ProgramCoursePositionRequest]
    program_id: str
    """ A unique program ID identifiable by edX. """
    name: str | Unset = UNSET
    """ The verbose name of the program. """
    enabled: bool | Unset = UNSET
    """ Select if this program should be enabled. """
    slug: None | str | Unset = UNSET
    """ An additional unique slug field. (Optional) """
    org: str | Unset = UNSET
    data: Any | Unset = UNSET
    """ Metadata """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_list = []
        for course_list_item_data in self.course_list:
            course_list_item = course_list_item_data.to_dict()
            course_list.append(course_list_item)

        program_id = self.program_id

        name = self.name

        enabled = self.enabled

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        org = self.org

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_list": course_list,
                "program_id": program_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if slug is not UNSET:
            field_dict["slug"] = slug
        if org is not UNSET:
            field_dict["org"] = org
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_course_position_request import ProgramCoursePositionRequest  # noqa: PLC0415

        d = dict(src_dict)
        _course_list = d.pop("course_list")
        if not isinstance(_course_list, list):
            raise FieldError("course_list", "an array", _course_list)
        course_list = []
        for _course_list_index, course_list_item_data in enumerate(_course_list):
            try:
                course_list_item = nested(
                    "course_list_item", ProgramCoursePositionRequest, course_list_item_data
                )

            except PARSE_ERRORS as _course_list_error:
                raise within(
                    ("course_list", _course_list_index), _course_list_error, "course_list_item"
                ) from _course_list_error
            course_list.append(course_list_item)

        program_id = d.pop("program_id")
        if not isinstance(program_id, str):
            raise FieldError("program_id", "a string", program_id)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("slug", "a string or null", data)

        slug = _parse_slug(d.pop("slug", UNSET))

        org = d.pop("org", UNSET)
        if not isinstance(org, (str, Unset)):
            raise FieldError("org", "a string", org)

        data = d.pop("data", UNSET)

        program_search_request = cls(
            course_list=course_list,
            program_id=program_id,
            name=name,
            enabled=enabled,
            slug=slug,
            org=org,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_search_request.additional_properties = additional_properties
        return program_search_request

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
