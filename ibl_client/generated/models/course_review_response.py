from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"user_id: expected an integer, got {type(user_id).__name__}")

        username = d.pop("username")
        if not isinstance(username, str):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        content = d.pop("content")
        if not isinstance(content, str):
            raise TypeError(f"content: expected a string, got {type(content).__name__}")

        def _parse_rating(data: object) -> float | None:
            if data is None:
                return data
            try:
                if not isinstance(data, (int, float)):
                    raise TypeError()
                rating_type_0 = data
                if (
                    not isinstance(rating_type_0, (int, float))
                    or rating_type_0 is True
                    or rating_type_0 is False
                ):
                    raise TypeError(
                        f"rating_type_0: expected a number, got {type(rating_type_0).__name__}"
                    )

                return rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            rating_type_1 = data

            return rating_type_1

        rating = _parse_rating(d.pop("rating"))

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        visible = d.pop("visible")
        if not isinstance(visible, bool):
            raise TypeError(f"visible: expected a boolean, got {type(visible).__name__}")

        created = datetime.datetime.fromisoformat(
            d.pop("created").replace("Z", "+00:00").replace("z", "+00:00")
        )

        modified = datetime.datetime.fromisoformat(
            d.pop("modified").replace("Z", "+00:00").replace("z", "+00:00")
        )

        metadata = d.pop("metadata")

        course_id = d.pop("course_id", UNSET)
        if not isinstance(course_id, (str, Unset)):
            raise TypeError(f"course_id: expected a string, got {type(course_id).__name__}")

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
