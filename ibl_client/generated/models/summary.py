from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="Summary")


@_attrs_define
class Summary:
    """Summary metrics for the invoice."""

    total_cost: str
    total_sessions: int
    active_users: int
    cost_per_session: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_cost = self.total_cost

        total_sessions = self.total_sessions

        active_users = self.active_users

        cost_per_session = self.cost_per_session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_cost": total_cost,
                "total_sessions": total_sessions,
                "active_users": active_users,
                "cost_per_session": cost_per_session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_cost = d.pop("total_cost")
        if not isinstance(total_cost, str):
            raise FieldError("total_cost", "a string", total_cost)

        total_sessions = d.pop("total_sessions")
        if not isinstance(total_sessions, int) or total_sessions is True or total_sessions is False:
            raise FieldError("total_sessions", "an integer", total_sessions)

        active_users = d.pop("active_users")
        if not isinstance(active_users, int) or active_users is True or active_users is False:
            raise FieldError("active_users", "an integer", active_users)

        cost_per_session = d.pop("cost_per_session")
        if not isinstance(cost_per_session, str):
            raise FieldError("cost_per_session", "a string", cost_per_session)

        summary = cls(
            total_cost=total_cost,
            total_sessions=total_sessions,
            active_users=active_users,
            cost_per_session=cost_per_session,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        summary.additional_properties = additional_properties
        return summary

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
