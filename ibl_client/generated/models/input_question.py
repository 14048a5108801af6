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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intial_question_answer import IntialQuestionAnswer


T = TypeVar("T", bound="InputQuestion")


@_attrs_define
class InputQuestion:
    text: str
    possible_answers: list[IntialQuestionAnswer]
    difficulty_level: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        possible_answers = []
        for possible_answers_item_data in self.possible_answers:
            possible_answers_item = possible_answers_item_data.to_dict()
            possible_answers.append(possible_answers_item)

        difficulty_level = self.difficulty_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "possible_answers": possible_answers,
            }
        )
        if difficulty_level is not UNSET:
            field_dict["difficulty_level"] = difficulty_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intial_question_answer import IntialQuestionAnswer  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")
        if not isinstance(text, str):
            raise FieldError("text", "a string", text)

        _possible_answers = d.pop("possible_answers")
        if not isinstance(_possible_answers, list):
            raise FieldError("possible_answers", "an array", _possible_answers)
        possible_answers = []
        for _possible_answers_index, possible_answers_item_data in enumerate(_possible_answers):
            try:
                possible_answers_item = nested(
                    "possible_answers_item", IntialQuestionAnswer, possible_answers_item_data
                )

            except PARSE_ERRORS as _possible_answers_error:
                raise within(
                    ("possible_answers", _possible_answers_index),
                    _possible_answers_error,
                    "possible_answers_item",
                ) from _possible_answers_error
            possible_answers.append(possible_answers_item)

        difficulty_level = d.pop("difficulty_level", UNSET)
        if (
            not isinstance(difficulty_level, (int, Unset))
            or difficulty_level is True
            or difficulty_level is False
        ):
            raise FieldError("difficulty_level", "an integer", difficulty_level)

        input_question = cls(
            text=text,
            possible_answers=possible_answers,
            difficulty_level=difficulty_level,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        input_question.additional_properties = additional_properties
        return input_question

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
