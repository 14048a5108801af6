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
    from ..models.answer import Answer


T = TypeVar("T", bound="LLMQuestion")


@_attrs_define
class LLMQuestion:
    """Serializer for individual question data, including possible answers.

    Attributes:
    question_id (str): Unique identifier for the question.
    text (str): The text of the question.
    difficulty_level (Optional[int]): An optional difficulty level for the question.
    options (list[AnswerSerializer]): List of possible answers for the question.

    """

    text: str
    options: list[Answer]
    difficulty_level: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        difficulty_level = self.difficulty_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "options": options,
            }
        )
        if difficulty_level is not UNSET:
            field_dict["difficulty_level"] = difficulty_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer import Answer  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")
        if not isinstance(text, str):
            raise FieldError("text", "a string", text)

        _options = d.pop("options")
        if not isinstance(_options, list):
            raise FieldError("options", "an array", _options)
        options = []
        for _options_index, options_item_data in enumerate(_options):
            try:
                options_item = nested("options_item", Answer, options_item_data)

            except PARSE_ERRORS as _options_error:
                raise within(
                    ("options", _options_index), _options_error, "options_item"
                ) from _options_error
            options.append(options_item)

        difficulty_level = d.pop("difficulty_level", UNSET)
        if (
            not isinstance(difficulty_level, (int, Unset))
            or difficulty_level is True
            or difficulty_level is False
        ):
            raise FieldError("difficulty_level", "an integer", difficulty_level)

        llm_question = cls(
            text=text,
            options=options,
            difficulty_level=difficulty_level,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        llm_question.additional_properties = additional_properties
        return llm_question

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
