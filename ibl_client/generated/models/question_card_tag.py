from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="QuestionCardTag")


@_attrs_define
class QuestionCardTag:
    id: int
    name: str
    difficulty: int
    total_cards: int
    correct_answers: int
    correct_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        difficulty = self.difficulty

        total_cards = self.total_cards

        correct_answers = self.correct_answers

        correct_rate = self.correct_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "difficulty": difficulty,
                "total_cards": total_cards,
                "correct_answers": correct_answers,
                "correct_rate": correct_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        difficulty = d.pop("difficulty")
        if not isinstance(difficulty, int) or difficulty is True or difficulty is False:
            raise FieldError("difficulty", "an integer", difficulty)

        total_cards = d.pop("total_cards")
        if not isinstance(total_cards, int) or total_cards is True or total_cards is False:
            raise FieldError("total_cards", "an integer", total_cards)

        correct_answers = d.pop("correct_answers")
        if (
            not isinstance(correct_answers, int)
            or correct_answers is True
            or correct_answers is False
        ):
            raise FieldError("correct_answers", "an integer", correct_answers)

        correct_rate = d.pop("correct_rate")
        if (
            not isinstance(correct_rate, (int, float))
            or correct_rate is True
            or correct_rate is False
        ):
            raise FieldError("correct_rate", "a number", correct_rate)

        question_card_tag = cls(
            id=id,
            name=name,
            difficulty=difficulty,
            total_cards=total_cards,
            correct_answers=correct_answers,
            correct_rate=correct_rate,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        question_card_tag.additional_properties = additional_properties
        return question_card_tag

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
