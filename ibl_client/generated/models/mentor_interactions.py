from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorInteractions")


@_attrs_define
class MentorInteractions:
    total_messages: int
    latest_interaction: datetime.datetime | None | Unset = UNSET
    rating: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_messages = self.total_messages

        latest_interaction: None | str | Unset
        if isinstance(self.latest_interaction, Unset):
            latest_interaction = UNSET
        elif isinstance(self.latest_interaction, datetime.datetime):
            latest_interaction = self.latest_interaction.isoformat()
        else:
            latest_interaction = self.latest_interaction

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_messages": total_messages,
            }
        )
        if latest_interaction is not UNSET:
            field_dict["latest_interaction"] = latest_interaction
        if rating is not UNSET:
            field_dict["rating"] = rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_messages = d.pop("total_messages")
        if not isinstance(total_messages, int) or total_messages is True or total_messages is False:
            raise FieldError("total_messages", "an integer", total_messages)

        def _parse_latest_interaction(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    latest_interaction_type_0 = parse_datetime("latest_interaction_type_0", data)

                    return latest_interaction_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error,
                        within("latest_interaction", member_error, "latest_interaction_type_0"),
                    )
            if error is not None:
                raise error
            raise FieldError("latest_interaction", "a date-time string or null", data)

        latest_interaction = _parse_latest_interaction(d.pop("latest_interaction", UNSET))

        def _parse_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("rating", "a number or null", data)

        rating = _parse_rating(d.pop("rating", UNSET))

        mentor_interactions = cls(
            total_messages=total_messages,
            latest_interaction=latest_interaction,
            rating=rating,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_interactions.additional_properties = additional_properties
        return mentor_interactions

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
