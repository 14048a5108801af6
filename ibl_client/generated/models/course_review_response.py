from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseReviewResponse")


@_attrs_define
class CourseReviewResponse:
    """Response serializer for CourseReviewQueryView GET endpoint. Matches the actual structure returned by
    review.to_json()

    """

    user_id: int
    """ User ID of the reviewer """
    username: str
    """ Username of the reviewer """
    content: str
    """ Review content """
    rating: float | None
    """ Review rating """
    title: str
    """ Review title """
    visible: bool
    """ Whether review is visible """
    created: datetime.datetime
    """ Review creation date """
    modified: datetime.datetime
    """ Review modification date """
    metadata: Any
    course_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        content = self.content

        rating: float | None
        rating = self.rating

        title = self.title

        visible = self.visible

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        metadata = self.metadata

        course_id = self.course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "content": content,
                "rating": rating,
                "title": title,
                "visible": visible,
                "created": created,
                "modified": modified,
                "metadata": metadata,
            }
        )
        if course_id is not UNSET:
            field_dict["course_id"] = course_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        content = d.pop("content")
        if not isinstance(content, str):
            raise FieldError("content", "a string", content)

        def _parse_rating(data: object) -> float | None:
            if data is None:
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("rating", "a number or null", data)

        rating = _parse_rating(d.pop("rating"))

        title = d.pop("title")
        if not isinstance(title, str):
            raise FieldError("title", "a string", title)

        visible = d.pop("visible")
        if not isinstance(visible, bool):
            raise FieldError("visible", "a boolean", visible)

        created = parse_datetime("created", d.pop("created"))

        modified = parse_datetime("modified", d.pop("modified"))

        metadata = d.pop("metadata")

        course_id = d.pop("course_id", UNSET)
        if not isinstance(course_id, (str, Unset)):
            raise FieldError("course_id", "a string", course_id)

        course_review_response = cls(
            user_id=user_id,
            username=username,
            content=content,
            rating=rating,
            title=title,
            visible=visible,
            created=created,
            modified=modified,
            metadata=metadata,
            course_id=course_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_review_response.additional_properties = additional_properties
        return course_review_response

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
