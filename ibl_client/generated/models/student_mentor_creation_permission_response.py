from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StudentMentorCreationPermissionResponse")


@_attrs_define
class StudentMentorCreationPermissionResponse:
    """Serializer for student mentor creation permission responses"""

    allow_students_to_create_mentors: bool
    """ Whether students can create mentors on this platform """
    platform_key: str
    """ The platform key """
    message: str | Unset = UNSET
    """ Success message (only in set permission response) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_students_to_create_mentors = self.allow_students_to_create_mentors

        platform_key = self.platform_key

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_students_to_create_mentors": allow_students_to_create_mentors,
                "platform_key": platform_key,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_students_to_create_mentors = d.pop("allow_students_to_create_mentors")
        if not isinstance(allow_students_to_create_mentors, bool):
            raise FieldError(
                "allow_students_to_create_mentors", "a boolean", allow_students_to_create_mentors
            )

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise FieldError("message", "a string", message)

        student_mentor_creation_permission_response = cls(
            allow_students_to_create_mentors=allow_students_to_create_mentors,
            platform_key=platform_key,
            message=message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        student_mentor_creation_permission_response.additional_properties = additional_properties
        return student_mentor_creation_permission_response

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
