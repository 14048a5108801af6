from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        full_conversation_text = d.pop("full_conversation_text")
        if not isinstance(full_conversation_text, str):
            raise TypeError(
                f"full_conversation_text: expected a string, got {type(full_conversation_text).__name__}"
            )

        def _parse_rating_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rating_text_type_0 = data
                if not isinstance(rating_text_type_0, str):
                    raise TypeError(
                        f"rating_text_type_0: expected a string, got {type(rating_text_type_0).__name__}"
                    )

                return rating_text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            rating_text_type_1 = data

            return rating_text_type_1

        rating_text = _parse_rating_text(d.pop("rating_text", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (int, float)):
                    raise TypeError()
                score_type_0 = data
                if (
                    not isinstance(score_type_0, (int, float))
                    or score_type_0 is True
                    or score_type_0 is False
                ):
                    raise TypeError(
                        f"score_type_0: expected a number, got {type(score_type_0).__name__}"
                    )

                return score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            score_type_1 = data

            return score_type_1

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
