from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
    parse_datetime,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_invitation_create_metadata import CourseInvitationCreateMetadata


T = TypeVar("T", bound="CourseInvitationCreate")


@_attrs_define
class CourseInvitationCreate:
    """Request serializer for CourseInvitationView POST endpoint"""

    course_id: str
    """ The course to create an invitation for """
    email: str | Unset = UNSET
    """ The email address to invite """
    username: str | Unset = UNSET
    """ The username to invite """
    active: bool | Unset = UNSET
    """ Whether the invitation is active """
    source: str | Unset = UNSET
    """ The source of the invitation """
    redirect_to: str | Unset = UNSET
    """ URL to redirect to after accepting the invitation """
    created: datetime.datetime | Unset = UNSET
    """ When the invitation was created """
    expired: datetime.datetime | Unset = UNSET
    """ When the invitation expires """
    metadata: CourseInvitationCreateMetadata | Unset = UNSET
    """ Additional metadata for the invitation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        email = self.email

        username = self.username

        active = self.active

        source = self.source

        redirect_to = self.redirect_to

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        expired: str | Unset = UNSET
        if not isinstance(self.expired, Unset):
            expired = self.expired.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if active is not UNSET:
            field_dict["active"] = active
        if source is not UNSET:
            field_dict["source"] = source
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to
        if created is not UNSET:
            field_dict["created"] = created
        if expired is not UNSET:
            field_dict["expired"] = expired
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_invitation_create_metadata import CourseInvitationCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise FieldError("email", "a string", email)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        source = d.pop("source", UNSET)
        if not isinstance(source, (str, Unset)):
            raise FieldError("source", "a string", source)

        redirect_to = d.pop("redirect_to", UNSET)
        if not isinstance(redirect_to, (str, Unset)):
            raise FieldError("redirect_to", "a string", redirect_to)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = parse_datetime("created", _created)

        _expired = d.pop("expired", UNSET)
        expired: datetime.datetime | Unset
        if isinstance(_expired, Unset):
            expired = UNSET
        else:
            expired = parse_datetime("expired", _expired)

        _metadata = d.pop("metadata", UNSET)
        metadata: CourseInvitationCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", CourseInvitationCreateMetadata, _metadata)

        course_invitation_create = cls(
            course_id=course_id,
            email=email,
            username=username,
            active=active,
            source=source,
            redirect_to=redirect_to,
            created=created,
            expired=expired,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_invitation_create.additional_properties = additional_properties
        return course_invitation_create

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
