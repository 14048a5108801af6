from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"platform_name: expected a string, got {type(platform_name).__name__}")

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        mentor = d.pop("mentor")
        if not isinstance(mentor, str):
            raise TypeError(f"mentor: expected a string, got {type(mentor).__name__}")

        mentor_unique_id = d.pop("mentor_unique_id")
        if not isinstance(mentor_unique_id, str):
            raise TypeError(
                f"mentor_unique_id: expected a string, got {type(mentor_unique_id).__name__}"
            )

        model = d.pop("model")
        if not isinstance(model, str):
            raise TypeError(f"model: expected a string, got {type(model).__name__}")

        cost = d.pop("cost")
        if not isinstance(cost, str):
            raise TypeError(f"cost: expected a string, got {type(cost).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        topics = d.pop("topics")

        message_count = d.pop("message_count")
        if not isinstance(message_count, int) or message_count is True or message_count is False:
            raise TypeError(
                f"message_count: expected an integer, got {type(message_count).__name__}"
            )

        created_at = datetime.datetime.fromisoformat(
            d.pop("created_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise TypeError(f"platform: expected an integer, got {type(platform).__name__}")

        session = UUID(d.pop("session"))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                username_type_0 = data
                if not isinstance(username_type_0, str):
                    raise TypeError(
                        f"username_type_0: expected a string, got {type(username_type_0).__name__}"
                    )

                return username_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            username_type_1 = data

            return username_type_1

        username = _parse_username(d.pop("username", UNSET))

        def _parse_first_user_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_user_message_type_0 = data
                if not isinstance(first_user_message_type_0, str):
                    raise TypeError(
                        f"first_user_message_type_0: expected a string, got {type(first_user_message_type_0).__name__}"
                    )

                return first_user_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            first_user_message_type_1 = data

            return first_user_message_type_1

        first_user_message = _parse_first_user_message(d.pop("first_user_message", UNSET))

        def _parse_user_queries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                user_queries_type_0 = data
                if (
                    not isinstance(user_queries_type_0, int)
                    or user_queries_type_0 is True
                    or user_queries_type_0 is False
                ):
                    raise TypeError(
                        f"user_queries_type_0: expected an integer, got {type(user_queries_type_0).__name__}"
                    )

                return user_queries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            user_queries_type_1 = data

            return user_queries_type_1

        user_queries = _parse_user_queries(d.pop("user_queries", UNSET))

        def _parse_assistant_responses(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                assistant_responses_type_0 = data
                if (
                    not isinstance(assistant_responses_type_0, int)
                    or assistant_responses_type_0 is True
                    or assistant_responses_type_0 is False
                ):
                    raise TypeError(
                        f"assistant_responses_type_0: expected an integer, got {type(assistant_responses_type_0).__name__}"
                    )

                return assistant_responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            assistant_responses_type_1 = data

            return assistant_responses_type_1

        assistant_responses = _parse_assistant_responses(d.pop("assistant_responses", UNSET))

        def _parse_average_sentiment(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (int, float)):
                    raise TypeError()
                average_sentiment_type_0 = data
                if (
                    not isinstance(average_sentiment_type_0, (int, float))
                    or average_sentiment_type_0 is True
                    or average_sentiment_type_0 is False
                ):
                    raise TypeError(
                        f"average_sentiment_type_0: expected a number, got {type(average_sentiment_type_0).__name__}"
                    )

                return average_sentiment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            average_sentiment_type_1 = data

            return average_sentiment_type_1

        average_sentiment = _parse_average_sentiment(d.pop("average_sentiment", UNSET))

        def _parse_sentiment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sentiment_type_0 = data
                if not isinstance(sentiment_type_0, str):
                    raise TypeError(
                        f"sentiment_type_0: expected a string, got {type(sentiment_type_0).__name__}"
                    )

                return sentiment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            sentiment_type_1 = data

            return sentiment_type_1

        sentiment = _parse_sentiment(d.pop("sentiment", UNSET))

        def _parse_user(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                user_type_0 = data
                if not isinstance(user_type_0, int) or user_type_0 is True or user_type_0 is False:
                    raise TypeError(
                        f"user_type_0: expected an integer, got {type(user_type_0).__name__}"
                    )

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            user_type_1 = data

            return user_type_1

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
