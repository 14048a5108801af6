from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramReviewRequest")


@_attrs_define
class ProgramReviewRequest:
    """Request serializer for ProgramReviewUpdateView POST endpoint."""

    program_key: str
    """ The program key to review (format: program-v1:org+program_id) """
    username: str
    """ The username of the reviewer """
    user_id: int | Unset = UNSET
    """ The user ID of the reviewer (alternative to username) """
    rating: float | None | Unset = UNSET
    """ The rating value (typically 1-5) """
    title: str | Unset = UNSET
    """ The review title """
    content: str | Unset = UNSET
    """ The review content/text """
    visible: bool | Unset = UNSET
    """ Whether the review is visible """
    metadata: Any | Unset = UNSET
    """ Additional review metadata """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_key = self.program_key

        username = self.username

        user_id = self.user_id

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        title = self.title

        content = self.content

        visible = self.visible

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_key": program_key,
                "username": username,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if rating is not UNSET:
            field_dict["rating"] = rating
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if visible is not UNSET:
            field_dict["visible"] = visible
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        program_key = d.pop("program_key")
        if not isinstance(program_key, str):
            raise FieldError("program_key", "a string", program_key)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (int, Unset)) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        def _parse_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("rating", "a number or null", data)

        rating = _parse_rating(d.pop("rating", UNSET))

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise FieldError("title", "a string", title)

        content = d.pop("content", UNSET)
        if not isinstance(content, (str, Unset)):
            raise FieldError("content", "a string", content)

        visible = d.pop("visible", UNSET)
        if not isinstance(visible, (bool, Unset)):
            raise FieldError("visible", "a boolean", visible)

        metadata = d.pop("metadata", UNSET)

        program_review_request = cls(
            program_key=program_key,
            username=username,
            user_id=user_id,
            rating=rating,
            title=title,
            content=content,
            visible=visible,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_review_request.additional_properties = additional_properties
        return program_review_request

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
