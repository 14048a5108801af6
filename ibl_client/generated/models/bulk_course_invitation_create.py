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
    from ..models.course_invitation_create import CourseInvitationCreate


T = TypeVar("T", bound="BulkCourseInvitationCreate")


@_attrs_define
class BulkCourseInvitationCreate:
    """Request serializer for BulkCourseInvitationView POST endpoint"""

    invitation_data: list[CourseInvitationCreate]
    """ List of invitation data objects """
    platform_key: str | Unset = UNSET
    """ The platform key for permission validation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invitation_data = []
        for invitation_data_item_data in self.invitation_data:
            invitation_data_item = invitation_data_item_data.to_dict()
            invitation_data.append(invitation_data_item)

        platform_key = self.platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invitation_data": invitation_data,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_invitation_create import CourseInvitationCreate  # noqa: PLC0415

        d = dict(src_dict)
        _invitation_data = d.pop("invitation_data")
        if not isinstance(_invitation_data, list):
            raise FieldError("invitation_data", "an array", _invitation_data)
        invitation_data = []
        for _invitation_data_index, invitation_data_item_data in enumerate(_invitation_data):
            try:
                invitation_data_item = nested(
                    "invitation_data_item", CourseInvitationCreate, invitation_data_item_data
                )

            except PARSE_ERRORS as _invitation_data_error:
                raise within(
                    ("invitation_data", _invitation_data_index),
                    _invitation_data_error,
                    "invitation_data_item",
                ) from _invitation_data_error
            invitation_data.append(invitation_data_item)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        bulk_course_invitation_create = cls(
            invitation_data=invitation_data,
            platform_key=platform_key,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        bulk_course_invitation_create.additional_properties = additional_properties
        return bulk_course_invitation_create

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
