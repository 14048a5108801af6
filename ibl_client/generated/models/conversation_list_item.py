from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
    parse_uuid,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationListItem")


@_attrs_define
class ConversationListItem:
    platform_name: str
    platform_key: str
    mentor: str
    mentor_unique_id: str
    model: str
    cost: str
    name: str
    topics: Any
    message_count: int
    created_at: datetime.datetime
    platform: int
    session: UUID
    username: None | str | Unset = UNSET
    first_user_message: None | str | Unset = UNSET
    user_queries: int | None | Unset = UNSET
    assistant_responses: int | None | Unset = UNSET
    average_sentiment: float | None | Unset = UNSET
    sentiment: None | str | Unset = UNSET
    user: int | None | Unset = UNSET
    """ edX user ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_name = self.platform_name

        platform_key = self.platform_key

        mentor = self.mentor

        mentor_unique_id = self.mentor_unique_id

        model = self.model

        cost = self.cost

        name = self.name

        topics = self.topics

        message_count = self.message_count

        created_at = self.created_at.isoformat()

        platform = self.platform

        session = str(self.session)

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        first_user_message: None | str | Unset
        if isinstance(self.first_user_message, Unset):
            first_user_message = UNSET
        else:
            first_user_message = self.first_user_message

        user_queries: int | None | Unset
        if isinstance(self.user_queries, Unset):
            user_queries = UNSET
        else:
            user_queries = self.user_queries

        assistant_responses: int | None | Unset
        if isinstance(self.assistant_responses, Unset):
            assistant_responses = UNSET
        else:
            assistant_responses = self.assistant_responses

        average_sentiment: float | None | Unset
        if isinstance(self.average_sentiment, Unset):
            average_sentiment = UNSET
        else:
            average_sentiment = self.average_sentiment

        sentiment: None | str | Unset
        if isinstance(self.sentiment, Unset):
            sentiment = UNSET
        else:
            sentiment = self.sentiment

        user: int | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_name": platform_name,
                "platform_key": platform_key,
                "mentor": mentor,
                "mentor_unique_id": mentor_unique_id,
                "model": model,
                "cost": cost,
                "name": name,
                "topics": topics,
                "message_count": message_count,
                "created_at": created_at,
                "platform": platform,
                "session": session,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if first_user_message is not UNSET:
            field_dict["first_user_message"] = first_user_message
        if user_queries is not UNSET:
            field_dict["user_queries"] = user_queries
        if assistant_responses is not UNSET:
            field_dict["assistant_responses"] = assistant_responses
        if average_sentiment is not UNSET:
            field_dict["average_sentiment"] = average_sentiment
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_name = d.pop("platform_name")
        if not isinstance(platform_name, str):
            raise FieldError("platform_name", "a string", platform_name)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        mentor = d.pop("mentor")
        if not isinstance(mentor, str):
            raise FieldError("mentor", "a string", mentor)

        mentor_unique_id = d.pop("mentor_unique_id")
        if not isinstance(mentor_unique_id, str):
            raise FieldError("mentor_unique_id", "a string", mentor_unique_id)

        model = d.pop("model")
        if not isinstance(model, str):
            raise FieldError("model", "a string", model)

        cost = d.pop("cost")
        if not isinstance(cost, str):
            raise FieldError("cost", "a string", cost)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        topics = d.pop("topics")

        message_count = d.pop("message_count")
        if not isinstance(message_count, int) or message_count is True or message_count is False:
            raise FieldError("message_count", "an integer", message_count)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise FieldError("platform", "an integer", platform)

        session = parse_uuid("session", d.pop("session"))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("username", "a string or null", data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_first_user_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("first_user_message", "a string or null", data)

        first_user_message = _parse_first_user_message(d.pop("first_user_message", UNSET))

        def _parse_user_queries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("user_queries", "an integer or null", data)

        user_queries = _parse_user_queries(d.pop("user_queries", UNSET))

        def _parse_assistant_responses(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("assistant_responses", "an integer or null", data)

        assistant_responses = _parse_assistant_responses(d.pop("assistant_responses", UNSET))

        def _parse_average_sentiment(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("average_sentiment", "a number or null", data)

        average_sentiment = _parse_average_sentiment(d.pop("average_sentiment", UNSET))

        def _parse_sentiment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("sentiment", "a string or null", data)

        sentiment = _parse_sentiment(d.pop("sentiment", UNSET))

        def _parse_user(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("user", "an integer or null", data)

        user = _parse_user(d.pop("user", UNSET))

        conversation_list_item = cls(
            platform_name=platform_name,
            platform_key=platform_key,
            mentor=mentor,
            mentor_unique_id=mentor_unique_id,
            model=model,
            cost=cost,
            name=name,
            topics=topics,
            message_count=message_count,
            created_at=created_at,
            platform=platform,
            session=session,
            username=username,
            first_user_message=first_user_message,
            user_queries=user_queries,
            assistant_responses=assistant_responses,
            average_sentiment=average_sentiment,
            sentiment=sentiment,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        conversation_list_item.additional_properties = additional_properties
        return conversation_list_item

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
