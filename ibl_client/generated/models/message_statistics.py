from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)

T = TypeVar("T", bound="MessageStatistics")


@_attrs_define
class MessageStatistics:
    time: datetime.datetime
    avg_messages: int
    total_sessions: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time.isoformat()

        avg_messages = self.avg_messages

        total_sessions = self.total_sessions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "avg_messages": avg_messages,
                "total_sessions": total_sessions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = parse_datetime("time", d.pop("time"))

        avg_messages = d.pop("avg_messages")
        if not isinstance(avg_messages, int) or avg_messages is True or avg_messages is False:
            raise FieldError("avg_messages", "an integer", avg_messages)

        total_sessions = d.pop("total_sessions")
        if not isinstance(total_sessions, int) or total_sessions is True or total_sessions is False:
            raise FieldError("total_sessions", "an integer", total_sessions)

        message_statistics = cls(
            time=time,
            avg_messages=avg_messages,
            total_sessions=total_sessions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        message_statistics.additional_properties = additional_properties
        return message_statistics

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
