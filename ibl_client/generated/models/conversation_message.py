from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    parse_uuid,
    within,
)

if TYPE_CHECKING:
    from ..models.topic_model import TopicModel


T = TypeVar("T", bound="ConversationMessage")


@_attrs_define
class ConversationMessage:
    first_message: str
    topics: list[TopicModel]
    id: UUID
    user_id: str
    message_count: int
    model: str
    inserted_at: datetime.datetime
    user_sentiment: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_message = self.first_message

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        id = str(self.id)

        user_id = self.user_id

        message_count = self.message_count

        model = self.model

        inserted_at = self.inserted_at.isoformat()

        user_sentiment = self.user_sentiment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_message": first_message,
                "topics": topics,
                "id": id,
                "user_id": user_id,
                "message_count": message_count,
                "model": model,
                "inserted_at": inserted_at,
                "user_sentiment": user_sentiment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_model import TopicModel  # noqa: PLC0415

        d = dict(src_dict)
        first_message = d.pop("first_message")
        if not isinstance(first_message, str):
            raise FieldError("first_message", "a string", first_message)

        _topics = d.pop("topics")
        if not isinstance(_topics, list):
            raise FieldError("topics", "an array", _topics)
        topics = []
        for _topics_index, topics_item_data in enumerate(_topics):
            try:
                topics_item = nested("topics_item", TopicModel, topics_item_data)

            except PARSE_ERRORS as _topics_error:
                raise within(
                    ("topics", _topics_index), _topics_error, "topics_item"
                ) from _topics_error
            topics.append(topics_item)

        id = parse_uuid("id", d.pop("id"))

        user_id = d.pop("user_id")
        if not isinstance(user_id, str):
            raise FieldError("user_id", "a string", user_id)

        message_count = d.pop("message_count")
        if not isinstance(message_count, int) or message_count is True or message_count is False:
            raise FieldError("message_count", "an integer", message_count)

        model = d.pop("model")
        if not isinstance(model, str):
            raise FieldError("model", "a string", model)

        inserted_at = parse_datetime("inserted_at", d.pop("inserted_at"))

        user_sentiment = d.pop("user_sentiment")
        if not isinstance(user_sentiment, str):
            raise FieldError("user_sentiment", "a string", user_sentiment)

        conversation_message = cls(
            first_message=first_message,
            topics=topics,
            id=id,
            user_id=user_id,
            message_count=message_count,
            model=model,
            inserted_at=inserted_at,
            user_sentiment=user_sentiment,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        conversation_message.additional_properties = additional_properties
        return conversation_message

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
