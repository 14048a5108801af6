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
    from ..models.course_invitation_redemption_metadata import CourseInvitationRedemptionMetadata


T = TypeVar("T", bound="CourseInvitationRedemption")


@_attrs_define
class CourseInvitationRedemption:
    """Request serializer for CourseInvitationRedemptionView POST endpoint"""

    course_id: str
    """ The course ID for the invitation """
    source: str
    """ The source identifier for the invitation """
    email: str | Unset = UNSET
    """ The email to associate with the invitation """
    username: str | Unset = UNSET
    """ The username to associate with the invitation """
    metadata: CourseInvitationRedemptionMetadata | Unset = UNSET
    """ Additional metadata for the invitation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        source = self.source

        email = self.email

        username = self.username

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "source": source,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_invitation_redemption_metadata import (
            CourseInvitationRedemptionMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        source = d.pop("source")
        if not isinstance(source, str):
            raise FieldError("source", "a string", source)

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise FieldError("email", "a string", email)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        _metadata = d.pop("metadata", UNSET)
        metadata: CourseInvitationRedemptionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", CourseInvitationRedemptionMetadata, _metadata)

        course_invitation_redemption = cls(
            course_id=course_id,
            source=source,
            email=email,
            username=username,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_invitation_redemption.additional_properties = additional_properties
        return course_invitation_redemption

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
