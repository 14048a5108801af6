from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_group_suggestion_create_metadata import CourseGroupSuggestionCreateMetadata


T = TypeVar("T", bound="CourseGroupSuggestionCreate")


@_attrs_define
class CourseGroupSuggestionCreate:
    """Request serializer for CourseGroupSuggestionManagementView POST endpoint"""

    platform_key: str
    """ The platform for the group suggestion """
    course_id: str
    """ The course ID to suggest """
    group_id: int
    """ The group to suggest the course to """
    accepted: bool | Unset = UNSET
    """ Whether the suggestion is accepted """
    visible: bool | Unset = UNSET
    """ Whether the suggestion is visible """
    metadata: CourseGroupSuggestionCreateMetadata | Unset = UNSET
    """ Additional suggestion metadata """
    suggested_by: str | Unset = UNSET
    """ The user who suggested the group """
    direct: bool | Unset = UNSET
    """ Whether the suggestion is direct """
    department_mode: bool | Unset = UNSET
    """ Flag to ensure department admins can call the API """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        course_id = self.course_id

        group_id = self.group_id

        accepted = self.accepted

        visible = self.visible

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        suggested_by = self.suggested_by

        direct = self.direct

        department_mode = self.department_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "course_id": course_id,
                "group_id": group_id,
            }
        )
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if visible is not UNSET:
            field_dict["visible"] = visible
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if suggested_by is not UNSET:
            field_dict["suggested_by"] = suggested_by
        if direct is not UNSET:
            field_dict["direct"] = direct
        if department_mode is not UNSET:
            field_dict["department_mode"] = department_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_group_suggestion_create_metadata import (
            CourseGroupSuggestionCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        group_id = d.pop("group_id")
        if not isinstance(group_id, int) or group_id is True or group_id is False:
            raise FieldError("group_id", "an integer", group_id)

        accepted = d.pop("accepted", UNSET)
        if not isinstance(accepted, (bool, Unset)):
            raise FieldError("accepted", "a boolean", accepted)

        visible = d.pop("visible", UNSET)
        if not isinstance(visible, (bool, Unset)):
            raise FieldError("visible", "a boolean", visible)

        _metadata = d.pop("metadata", UNSET)
        metadata: CourseGroupSuggestionCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", CourseGroupSuggestionCreateMetadata, _metadata)

        suggested_by = d.pop("suggested_by", UNSET)
        if not isinstance(suggested_by, (str, Unset)):
            raise FieldError("suggested_by", "a string", suggested_by)

        direct = d.pop("direct", UNSET)
        if not isinstance(direct, (bool, Unset)):
            raise FieldError("direct", "a boolean", direct)

        department_mode = d.pop("department_mode", UNSET)
        if not isinstance(department_mode, (bool, Unset)):
            raise FieldError("department_mode", "a boolean", department_mode)

        course_group_suggestion_create = cls(
            platform_key=platform_key,
            course_id=course_id,
            group_id=group_id,
            accepted=accepted,
            visible=visible,
            metadata=metadata,
            suggested_by=suggested_by,
            direct=direct,
            department_mode=department_mode,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_group_suggestion_create.additional_properties = additional_properties
        return course_group_suggestion_create

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
