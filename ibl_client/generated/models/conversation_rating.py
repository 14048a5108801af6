from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationRating")


@_attrs_define
class ConversationRating:
    id: int
    full_conversation_text: str
    rating_text: None | str | Unset = UNSET
    score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        full_conversation_text = self.full_conversation_text

        rating_text: None | str | Unset
        if isinstance(self.rating_text, Unset):
            rating_text = UNSET
        else:
            rating_text = self.rating_text

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "full_conversation_text": full_conversation_text,
            }
        )
        if rating_text is not UNSET:
            field_dict["rating_text"] = rating_text
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        full_conversation_text = d.pop("full_conversation_text")
        if not isinstance(full_conversation_text, str):
            raise FieldError("full_conversation_text", "a string", full_conversation_text)

        def _parse_rating_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("rating_text", "a string or null", data)

        rating_text = _parse_rating_text(d.pop("rating_text", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("score", "a number or null", data)

        score = _parse_score(d.pop("score", UNSET))

        conversation_rating = cls(
            id=id,
            full_conversation_text=full_conversation_text,
            rating_text=rating_text,
            score=score,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        conversation_rating.additional_properties = additional_properties
        return conversation_rating

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
