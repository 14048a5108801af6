from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionBreakdown")


@_attrs_define
class ActionBreakdown:
    """Action/trace name cost breakdown."""

    action: str
    cost: str
    sessions: int
    trace_count: int
    unique_users: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        cost = self.cost

        sessions = self.sessions

        trace_count = self.trace_count

        unique_users = self.unique_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "cost": cost,
                "sessions": sessions,
                "trace_count": trace_count,
            }
        )
        if unique_users is not UNSET:
            field_dict["unique_users"] = unique_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")
        if not isinstance(action, str):
            raise FieldError("action", "a string", action)

        cost = d.pop("cost")
        if not isinstance(cost, str):
            raise FieldError("cost", "a string", cost)

        sessions = d.pop("sessions")
        if not isinstance(sessions, int) or sessions is True or sessions is False:
            raise FieldError("sessions", "an integer", sessions)

        trace_count = d.pop("trace_count")
        if not isinstance(trace_count, int) or trace_count is True or trace_count is False:
            raise FieldError("trace_count", "an integer", trace_count)

        unique_users = d.pop("unique_users", UNSET)
        if (
            not isinstance(unique_users, (int, Unset))
            or unique_users is True
            or unique_users is False
        ):
            raise FieldError("unique_users", "an integer", unique_users)

        action_breakdown = cls(
            action=action,
            cost=cost,
            sessions=sessions,
            trace_count=trace_count,
            unique_users=unique_users,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        action_breakdown.additional_properties = additional_properties
        return action_breakdown

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
