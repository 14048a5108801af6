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
    from ..models.course_access_request_detail_metadata import CourseAccessRequestDetailMetadata


T = TypeVar("T", bound="CourseAccessRequestDetail")


@_attrs_define
class CourseAccessRequestDetail:
    """Response serializer for access request details"""

    id: int
    """ The unique identifier for the access request """
    user_id: int
    """ The ID of the user who made the request """
    username: str
    """ The username of the user who made the request """
    name: str
    """ The full name of the user who made the request """
    approved: bool | None
    """ Whether the request has been approved (null if not reviewed) """
    reviewed: bool
    """ Whether the request has been reviewed """
    created: datetime.datetime
    """ When the request was created """
    modified: datetime.datetime
    """ When the request was last modified """
    platform_key: str
    """ The platform key associated with the request """
    course_id: str
    """ The course ID associated with the request """
    metadata: CourseAccessRequestDetailMetadata | Unset = UNSET
    """ Additional metadata for the request """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        username = self.username

        name = self.name

        approved: bool | None
        approved = self.approved

        reviewed = self.reviewed

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        platform_key = self.platform_key

        course_id = self.course_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "username": username,
                "name": name,
                "approved": approved,
                "reviewed": reviewed,
                "created": created,
                "modified": modified,
                "platform_key": platform_key,
                "course_id": course_id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_access_request_detail_metadata import CourseAccessRequestDetailMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        def _parse_approved(data: object) -> bool | None:
            if data is None:
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("approved", "a boolean or null", data)

        approved = _parse_approved(d.pop("approved"))

        reviewed = d.pop("reviewed")
        if not isinstance(reviewed, bool):
            raise FieldError("reviewed", "a boolean", reviewed)

        created = parse_datetime("created", d.pop("created"))

        modified = parse_datetime("modified", d.pop("modified"))

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        _metadata = d.pop("metadata", UNSET)
        metadata: CourseAccessRequestDetailMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", CourseAccessRequestDetailMetadata, _metadata)

        course_access_request_detail = cls(
            id=id,
            user_id=user_id,
            username=username,
            name=name,
            approved=approved,
            reviewed=reviewed,
            created=created,
            modified=modified,
            platform_key=platform_key,
            course_id=course_id,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_access_request_detail.additional_properties = additional_properties
        return course_access_request_detail

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
