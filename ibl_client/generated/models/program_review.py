from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="ProgramReview")


@_attrs_define
class ProgramReview:
    """Serializer for program review data."""

    user_id: int
    """ The user identifier """
    username: str
    """ The username of the reviewer """
    content: str
    """ Review content/text """
    rating: float | None
    """ Rating value (typically 1-5) """
    title: str
    """ Review title """
    visible: bool
    """ Whether the review is visible """
    created: None | str
    """ Date when review was created """
    modified: None | str
    """ Date when review was last modified """
    program_key: str
    """ The program key identifier """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        content = self.content

        rating: float | None
        rating = self.rating

        title = self.title

        visible = self.visible

        created: None | str
        created = self.created

        modified: None | str
        modified = self.modified

        program_key = self.program_key

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
                "program_key": program_key,
            }
        )

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

        def _parse_created(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("created", "a string or null", data)

        created = _parse_created(d.pop("created"))

        def _parse_modified(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("modified", "a string or null", data)

        modified = _parse_modified(d.pop("modified"))

        program_key = d.pop("program_key")
        if not isinstance(program_key, str):
            raise FieldError("program_key", "a string", program_key)

        program_review = cls(
            user_id=user_id,
            username=username,
            content=content,
            rating=rating,
            title=title,
            visible=visible,
            created=created,
            modified=modified,
            program_key=program_key,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_review.additional_properties = additional_properties
        return program_review

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
