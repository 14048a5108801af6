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

if TYPE_CHECKING:
    from ..models.mentor_session import MentorSession


T = TypeVar("T", bound="MentorData")


@_attrs_define
class MentorData:
    mentor_unique_id: str
    mentor_name: str
    total_cost: float
    mentor_sessions: list[MentorSession]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor_unique_id = self.mentor_unique_id

        mentor_name = self.mentor_name

        total_cost = self.total_cost

        mentor_sessions = []
        for mentor_sessions_item_data in self.mentor_sessions:
            mentor_sessions_item = mentor_sessions_item_data.to_dict()
            mentor_sessions.append(mentor_sessions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor_unique_id": mentor_unique_id,
                "mentor_name": mentor_name,
                "total_cost": total_cost,
                "mentor_sessions": mentor_sessions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_session import MentorSession  # noqa: PLC0415

        d = dict(src_dict)
        mentor_unique_id = d.pop("mentor_unique_id")
        if not isinstance(mentor_unique_id, str):
            raise FieldError("mentor_unique_id", "a string", mentor_unique_id)

        mentor_name = d.pop("mentor_name")
        if not isinstance(mentor_name, str):
            raise FieldError("mentor_name", "a string", mentor_name)

        total_cost = d.pop("total_cost")
        if not isinstance(total_cost, (int, float)) or total_cost is True or total_cost is False:
            raise FieldError("total_cost", "a number", total_cost)

        _mentor_sessions = d.pop("mentor_sessions")
        if not isinstance(_mentor_sessions, list):
            raise FieldError("mentor_sessions", "an array", _mentor_sessions)
        mentor_sessions = []
        for _mentor_sessions_index, mentor_sessions_item_data in enumerate(_mentor_sessions):
            try:
                mentor_sessions_item = nested(
                    "mentor_sessions_item", MentorSession, mentor_sessions_item_data
                )

            except PARSE_ERRORS as _mentor_sessions_error:
                raise within(
                    ("mentor_sessions", _mentor_sessions_index),
                    _mentor_sessions_error,
                    "mentor_sessions_item",
                ) from _mentor_sessions_error
            mentor_sessions.append(mentor_sessions_item)

        mentor_data = cls(
            mentor_unique_id=mentor_unique_id,
            mentor_name=mentor_name,
            total_cost=total_cost,
            mentor_sessions=mentor_sessions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_data.additional_properties = additional_properties
        return mentor_data

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
