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
    from ..models.llm_question import LLMQuestion


T = TypeVar("T", bound="QuestionResponse")


@_attrs_define
class QuestionResponse:
    """Serializer for the response data that returns additional questions.

    Attributes:
    follow_up_questions (list[LLMQuestionSerializer]): List of generated follow-up questions.

    """

    questions: list[LLMQuestion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "questions": questions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.llm_question import LLMQuestion  # noqa: PLC0415

        d = dict(src_dict)
        _questions = d.pop("questions")
        if not isinstance(_questions, list):
            raise FieldError("questions", "an array", _questions)
        questions = []
        for _questions_index, questions_item_data in enumerate(_questions):
            try:
                questions_item = nested("questions_item", LLMQuestion, questions_item_data)

            except PARSE_ERRORS as _questions_error:
                raise within(
                    ("questions", _questions_index), _questions_error, "questions_item"
                ) from _questions_error
            questions.append(questions_item)

        question_response = cls(
            questions=questions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        question_response.additional_properties = additional_properties
        return question_response

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
