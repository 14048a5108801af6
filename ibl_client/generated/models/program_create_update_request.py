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
    from ..models.program_create_update_request_course_list_item import (
        ProgramCreateUpdateRequestCourseListItem,
    )


T = TypeVar("T", bound="ProgramCreateUpdateRequest")


@_attrs_define
class ProgramCreateUpdateRequest:
    """Serializer for program creation/update request body."""

    program_id: str
    """ Program ID """
    name: str
    """ Program name """
    course_list: list[ProgramCreateUpdateRequestCourseListItem]
    """ List of courses in the program with course_id and optional position """
    program_key: str | Unset = UNSET
    """ Program key """
    slug: str | Unset = UNSET
    """ Program slug """
    org: str | Unset = UNSET
    """ Organization """
    platform_key: str | Unset = UNSET
    """ Platform key """
    enabled: bool | Unset = UNSET
    """ Whether the program is enabled """
    program_type: str | Unset = UNSET
    """ Program type """
    data: Any | Unset = UNSET
    """ Additional program data """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_id = self.program_id

        name = self.name

        course_list = []
        for course_list_item_data in self.course_list:
            course_list_item = course_list_item_data.to_dict()
            course_list.append(course_list_item)

        program_key = self.program_key

        slug = self.slug

        org = self.org

        platform_key = self.platform_key

        enabled = self.enabled

        program_type = self.program_type

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_id": program_id,
                "name": name,
                "course_list": course_list,
            }
        )
        if program_key is not UNSET:
            field_dict["program_key"] = program_key
        if slug is not UNSET:
            field_dict["slug"] = slug
        if org is not UNSET:
            field_dict["org"] = org
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if program_type is not UNSET:
            field_dict["program_type"] = program_type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_create_update_request_course_list_item import (
            ProgramCreateUpdateRequestCourseListItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        program_id = d.pop("program_id")
        if not isinstance(program_id, str):
            raise FieldError("program_id", "a string", program_id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        _course_list = d.pop("course_list")
        if not isinstance(_course_list, list):
            raise FieldError("course_list", "an array", _course_list)
        course_list = []
        for _course_list_index, course_list_item_data in enumerate(_course_list):
            try:
                course_list_item = nested(
                    "course_list_item",
                    ProgramCreateUpdateRequestCourseListItem,
                    course_list_item_data,
                )

            except PARSE_ERRORS as _course_list_error:
                raise within(
                    ("course_list", _course_list_index), _course_list_error, "course_list_item"
                ) from _course_list_error
            course_list.append(course_list_item)

        program_key = d.pop("program_key", UNSET)
        if not isinstance(program_key, (str, Unset)):
            raise FieldError("program_key", "a string", program_key)

        slug = d.pop("slug", UNSET)
        if not isinstance(slug, (str, Unset)):
            raise FieldError("slug", "a string", slug)

        org = d.pop("org", UNSET)
        if not isinstance(org, (str, Unset)):
            raise FieldError("org", "a string", org)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        program_type = d.pop("program_type", UNSET)
        if not isinstance(program_type, (str, Unset)):
            raise FieldError("program_type", "a string", program_type)

        data = d.pop("data", UNSET)

        program_create_update_request = cls(
            program_id=program_id,
            name=name,
            course_list=course_list,
            program_key=program_key,
            slug=slug,
            org=org,
            platform_key=platform_key,
            enabled=enabled,
            program_type=program_type,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_create_update_request.additional_properties = additional_properties
        return program_create_update_request

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
