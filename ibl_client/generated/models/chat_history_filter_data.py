from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_history_filter_user import ChatHistoryFilterUser
    from ..models.date_range import DateRange
    from ..models.topic_model import TopicModel


T = TypeVar("T", bound="ChatHistoryFilterData")


@_attrs_define
class ChatHistoryFilterData:
    topics: list[TopicModel]
    users: list[ChatHistoryFilterUser]
    date_ranges: list[DateRange] | Unset = UNSET
    sentiment: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        date_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.date_ranges, Unset):
            date_ranges = []
            for date_ranges_item_data in self.date_ranges:
                date_ranges_item = date_ranges_item_data.to_dict()
                date_ranges.append(date_ranges_item)

        sentiment: list[str] | Unset = UNSET
        if not isinstance(self.sentiment, Unset):
            sentiment = self.sentiment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topics": topics,
                "users": users,
            }
        )
        if date_ranges is not UNSET:
            field_dict["date_ranges"] = date_ranges
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_history_filter_user import ChatHistoryFilterUser  # noqa: PLC0415
        from ..models.date_range import DateRange  # noqa: PLC0415
        from ..models.topic_model import TopicModel  # noqa: PLC0415

        d = dict(src_dict)
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

        _users = d.pop("users")
        if not isinstance(_users, list):
            raise FieldError("users", "an array", _users)
        users = []
        for _users_index, users_item_data in enumerate(_users):
            try:
                users_item = nested("users_item", ChatHistoryFilterUser, users_item_data)

            except PARSE_ERRORS as _users_error:
                raise within(("users", _users_index), _users_error, "users_item") from _users_error
            users.append(users_item)

        _date_ranges = d.pop("date_ranges", UNSET)
        date_ranges: list[DateRange] | Unset = UNSET
        if _date_ranges is not UNSET:
            if not isinstance(_date_ranges, list):
                raise FieldError("date_ranges", "an array", _date_ranges)
            date_ranges = []
            for _date_ranges_index, date_ranges_item_data in enumerate(_date_ranges):
                try:
                    date_ranges_item = nested("date_ranges_item", DateRange, date_ranges_item_data)

                except PARSE_ERRORS as _date_ranges_error:
                    raise within(
                        ("date_ranges", _date_ranges_index), _date_ranges_error, "date_ranges_item"
                    ) from _date_ranges_error
                date_ranges.append(date_ranges_item)

        _sentiment = d.pop("sentiment", UNSET)
        sentiment: list[str] | Unset = UNSET
        if _sentiment is not UNSET:
            if not isinstance(_sentiment, list):
                raise FieldError("sentiment", "an array", _sentiment)
            sentiment = []
            for _sentiment_index, sentiment_item_data in enumerate(_sentiment):
                try:
                    sentiment_item = sentiment_item_data
                    if not isinstance(sentiment_item, str):
                        raise FieldError("sentiment_item", "a string", sentiment_item)

                except PARSE_ERRORS as _sentiment_error:
                    raise within(
                        ("sentiment", _sentiment_index), _sentiment_error, "sentiment_item"
                    ) from _sentiment_error
                sentiment.append(sentiment_item)

        chat_history_filter_data = cls(
            topics=topics,
            users=users,
            date_ranges=date_ranges,
            sentiment=sentiment,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        chat_history_filter_data.additional_properties = additional_properties
        return chat_history_filter_data

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
