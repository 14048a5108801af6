from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="TopicRecord")


@_attrs_define
class TopicRecord:
    topic_name: str
    conversation_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_name = self.topic_name

        conversation_count = self.conversation_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic_name": topic_name,
                "conversation_count": conversation_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        topic_name = d.pop("topic_name")
        if not isinstance(topic_name, str):
            raise FieldError("topic_name", "a string", topic_name)

        conversation_count = d.pop("conversation_count")
        if (
            not isinstance(conversation_count, int)
            or conversation_count is True
            or conversation_count is False
        ):
            raise FieldError("conversation_count", "an integer", conversation_count)

        topic_record = cls(
            topic_name=topic_name,
            conversation_count=conversation_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        topic_record.additional_properties = additional_properties
        return topic_record

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
