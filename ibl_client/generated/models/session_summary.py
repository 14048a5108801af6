from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_uuid,
    within,
)

if TYPE_CHECKING:
    from ..models.chat_history import ChatHistory
    from ..models.session_summary_mentor import SessionSummaryMentor


T = TypeVar("T", bound="SessionSummary")


@_attrs_define
class SessionSummary:
    """Lightweight serializer for session list endpoints (pinned/recent messages)."""

    session_id: UUID
    mentor_unique_id: UUID
    mentor: SessionSummaryMentor
    """ Lightweight mentor serializer for backward compatibility. """
    title: None | str
    messages: list[ChatHistory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        mentor_unique_id = str(self.mentor_unique_id)

        mentor = self.mentor.to_dict()

        title: None | str
        title = self.title

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "mentor_unique_id": mentor_unique_id,
                "mentor": mentor,
                "title": title,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_history import ChatHistory  # noqa: PLC0415
        from ..models.session_summary_mentor import SessionSummaryMentor  # noqa: PLC0415

        d = dict(src_dict)
        session_id = parse_uuid("session_id", d.pop("session_id"))

        mentor_unique_id = parse_uuid("mentor_unique_id", d.pop("mentor_unique_id"))

        mentor = nested("mentor", SessionSummaryMentor, d.pop("mentor"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("title", "a string or null", data)

        title = _parse_title(d.pop("title"))

        _messages = d.pop("messages")
        if not isinstance(_messages, list):
            raise FieldError("messages", "an array", _messages)
        messages = []
        for _messages_index, messages_item_data in enumerate(_messages):
            try:
                messages_item = nested("messages_item", ChatHistory, messages_item_data)

            except PARSE_ERRORS as _messages_error:
                raise within(
                    ("messages", _messages_index), _messages_error, "messages_item"
                ) from _messages_error
            messages.append(messages_item)

        session_summary = cls(
            session_id=session_id,
            mentor_unique_id=mentor_unique_id,
            mentor=mentor,
            title=title,
            messages=messages,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_summary.additional_properties = additional_properties
        return session_summary

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
