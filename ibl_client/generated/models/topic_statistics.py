from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="TopicStatistics")


@_attrs_define
class TopicStatistics:
    name: str
    conversations: int
    messages: int
    avg_sentiment: str
    avg_user_rating: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        conversations = self.conversations

        messages = self.messages

        avg_sentiment = self.avg_sentiment

        avg_user_rating = self.avg_user_rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "conversations": conversations,
                "messages": messages,
                "avg_sentiment": avg_sentiment,
                "avg_user_rating": avg_user_rating,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        conversations = d.pop("conversations")
        if not isinstance(conversations, int) or conversations is True or conversations is False:
            raise FieldError("conversations", "an integer", conversations)

        messages = d.pop("messages")
        if not isinstance(messages, int) or messages is True or messages is False:
            raise FieldError("messages", "an integer", messages)

        avg_sentiment = d.pop("avg_sentiment")
        if not isinstance(avg_sentiment, str):
            raise FieldError("avg_sentiment", "a string", avg_sentiment)

        avg_user_rating = d.pop("avg_user_rating")
        if not isinstance(avg_user_rating, str):
            raise FieldError("avg_user_rating", "a string", avg_user_rating)

        topic_statistics = cls(
            name=name,
            conversations=conversations,
            messages=messages,
            avg_sentiment=avg_sentiment,
            avg_user_rating=avg_user_rating,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        topic_statistics.additional_properties = additional_properties
        return topic_statistics

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
