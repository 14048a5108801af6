from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopicDetail")


@_attrs_define
class TopicDetail:
    name: str
    messages: int
    conversations: int
    sessions: int
    average_rating: str | Unset = UNSET
    rating_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        messages = self.messages

        conversations = self.conversations

        sessions = self.sessions

        average_rating = self.average_rating

        rating_count = self.rating_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "messages": messages,
                "conversations": conversations,
                "sessions": sessions,
            }
        )
        if average_rating is not UNSET:
            field_dict["average_rating"] = average_rating
        if rating_count is not UNSET:
            field_dict["rating_count"] = rating_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        messages = d.pop("messages")
        if not isinstance(messages, int) or messages is True or messages is False:
            raise FieldError("messages", "an integer", messages)

        conversations = d.pop("conversations")
        if not isinstance(conversations, int) or conversations is True or conversations is False:
            raise FieldError("conversations", "an integer", conversations)

        sessions = d.pop("sessions")
        if not isinstance(sessions, int) or sessions is True or sessions is False:
            raise FieldError("sessions", "an integer", sessions)

        average_rating = d.pop("average_rating", UNSET)
        if not isinstance(average_rating, (str, Unset)):
            raise FieldError("average_rating", "a string", average_rating)

        rating_count = d.pop("rating_count", UNSET)
        if (
            not isinstance(rating_count, (int, Unset))
            or rating_count is True
            or rating_count is False
        ):
            raise FieldError("rating_count", "an integer", rating_count)

        topic_detail = cls(
            name=name,
            messages=messages,
            conversations=conversations,
            sessions=sessions,
            average_rating=average_rating,
            rating_count=rating_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        topic_detail.additional_properties = additional_properties
        return topic_detail

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
