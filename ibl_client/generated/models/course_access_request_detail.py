from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise TypeError(f"user_id: expected an integer, got {type(user_id).__name__}")

        username = d.pop("username")
        if not isinstance(username, str):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        def _parse_approved(data: object) -> bool | None:
            if data is None:
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                approved_type_0 = data
                if not isinstance(approved_type_0, bool):
                    raise TypeError(
                        f"approved_type_0: expected a boolean, got {type(approved_type_0).__name__}"
                    )

                return approved_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            approved_type_1 = data

            return approved_type_1

        approved = _parse_approved(d.pop("approved"))

        reviewed = d.pop("reviewed")
        if not isinstance(reviewed, bool):
            raise TypeError(f"reviewed: expected a boolean, got {type(reviewed).__name__}")

        created = datetime.datetime.fromisoformat(
            d.pop("created").replace("Z", "+00:00").replace("z", "+00:00")
        )

        modified = datetime.datetime.fromisoformat(
            d.pop("modified").replace("Z", "+00:00").replace("z", "+00:00")
        )

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise TypeError(f"course_id: expected a string, got {type(course_id).__name__}")

        _metadata = d.pop("metadata", UNSET)
        metadata: CourseAccessRequestDetailMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CourseAccessRequestDetailMetadata.from_dict(_metadata)

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
