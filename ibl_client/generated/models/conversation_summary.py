from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="ConversationSummary")


@_attrs_define
class ConversationSummary:
    total_conversations: int
    total_human_messages: int
    total_ai_messages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_conversations = self.total_conversations

        total_human_messages = self.total_human_messages

        total_ai_messages = self.total_ai_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_conversations": total_conversations,
                "total_human_messages": total_human_messages,
                "total_ai_messages": total_ai_messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_conversations = d.pop("total_conversations")
        if (
            not isinstance(total_conversations, int)
            or total_conversations is True
            or total_conversations is False
        ):
            raise FieldError("total_conversations", "an integer", total_conversations)

        total_human_messages = d.pop("total_human_messages")
        if (
            not isinstance(total_human_messages, int)
            or total_human_messages is True
            or total_human_messages is False
        ):
            raise FieldError("total_human_messages", "an integer", total_human_messages)

        total_ai_messages = d.pop("total_ai_messages")
        if (
            not isinstance(total_ai_messages, int)
            or total_ai_messages is True
            or total_ai_messages is False
        ):
            raise FieldError("total_ai_messages", "an integer", total_ai_messages)

        conversation_summary = cls(
            total_conversations=total_conversations,
            total_human_messages=total_human_messages,
            total_ai_messages=total_ai_messages,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        conversation_summary.additional_properties = additional_properties
        return conversation_summary

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
