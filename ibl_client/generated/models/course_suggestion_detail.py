from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_suggestion_detail_metadata import CourseSuggestionDetailMetadata


T = TypeVar("T", bound="CourseSuggestionDetail")


@_attrs_define
class CourseSuggestionDetail:
    """Response serializer for course suggestion details"""

    id: int
    """ The unique identifier for the suggestion """
    user_id: int
    """ The ID of the user receiving the suggestion """
    username: str
    """ The username of the user receiving the suggestion """
    name: str
    """ The full name of the user receiving the suggestion """
    platform_key: str
    """ The platform key associated with the suggestion """
    accepted: bool
    """ Whether the suggestion has been accepted by the user """
    visible: bool
    """ Whether the suggestion is visible to the user """
    created: datetime.datetime
    """ When the suggestion was created """
    modified: datetime.datetime
    """ When the suggestion was last modified """
    metadata: CourseSuggestionDetailMetadata
    """ Additional metadata for the suggestion """
    course_id: str
    """ The course ID being suggested """
    course_name: str
    """ The name of the course being suggested """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        username = self.username

        name = self.name

        platform_key = self.platform_key

        accepted = self.accepted

        visible = self.visible

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        metadata = self.metadata.to_dict()

        course_id = self.course_id

        course_name = self.course_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "username": username,
                "name": name,
                "platform_key": platform_key,
                "accepted": accepted,
                "visible": visible,
                "created": created,
                "modified": modified,
                "metadata": metadata,
                "course_id": course_id,
                "course_name": course_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_suggestion_detail_metadata import CourseSuggestionDetailMetadata  # noqa: PLC0415

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

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        accepted = d.pop("accepted")
        if not isinstance(accepted, bool):
            raise TypeError(f"accepted: expected a boolean, got {type(accepted).__name__}")

        visible = d.pop("visible")
        if not isinstance(visible, bool):
            raise TypeError(f"visible: expected a boolean, got {type(visible).__name__}")

        created = datetime.datetime.fromisoformat(
            d.pop("created").replace("Z", "+00:00").replace("z", "+00:00")
        )

        modified = datetime.datetime.fromisoformat(
            d.pop("modified").replace("Z", "+00:00").replace("z", "+00:00")
        )

        metadata = CourseSuggestionDetailMetadata.from_dict(d.pop("metadata"))

        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise TypeError(f"course_id: expected a string, got {type(course_id).__name__}")

        course_name = d.pop("course_name")
        if not isinstance(course_name, str):
            raise TypeError(f"course_name: expected a string, got {type(course_name).__name__}")

        course_suggestion_detail = cls(
            id=id,
            user_id=user_id,
            username=username,
            name=name,
            platform_key=platform_key,
            accepted=accepted,
            visible=visible,
            created=created,
            modified=modified,
            metadata=metadata,
            course_id=course_id,
            course_name=course_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_suggestion_detail.additional_properties = additional_properties
        return course_suggestion_detail

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
