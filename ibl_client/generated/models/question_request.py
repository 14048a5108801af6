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
    from ..models.input_question import InputQuestion


T = TypeVar("T", bound="QuestionRequest")


@_attrs_define
class QuestionRequest:
    """Serializer for incoming request data that includes initial questions and the username.

    Attributes:
    username (str): Username of the requesting student or user.
    initial_questions (list[InputQuestionSerializer]): List of initial questions provided by the LMS.
    question_count (int): Number of questions the mentor (llm) should generate

    """

    username: str
    initial_questions: list[InputQuestion]
    subject: str
    question_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        initial_questions = []
        for initial_questions_item_data in self.initial_questions:
            initial_questions_item = initial_questions_item_data.to_dict()
            initial_questions.append(initial_questions_item)

        subject = self.subject

        question_count = self.question_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "initial_questions": initial_questions,
                "subject": subject,
            }
        )
        if question_count is not UNSET:
            field_dict["question_count"] = question_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.input_question import InputQuestion  # noqa: PLC0415

        d = dict(src_dict)
        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        _initial_questions = d.pop("initial_questions")
        if not isinstance(_initial_questions, list):
            raise FieldError("initial_questions", "an array", _initial_questions)
        initial_questions = []
        for _initial_questions_index, initial_questions_item_data in enumerate(_initial_questions):
            try:
                initial_questions_item = nested(
                    "initial_questions_item", InputQuestion, initial_questions_item_data
                )

            except PARSE_ERRORS as _initial_questions_error:
                raise within(
                    ("initial_questions", _initial_questions_index),
                    _initial_questions_error,
                    "initial_questions_item",
                ) from _initial_questions_error
            initial_questions.append(initial_questions_item)

        subject = d.pop("subject")
        if not isinstance(subject, str):
            raise FieldError("subject", "a string", subject)

        question_count = d.pop("question_count", UNSET)
        if (
            not isinstance(question_count, (int, Unset))
            or question_count is True
            or question_count is False
        ):
            raise FieldError("question_count", "an integer", question_count)

        question_request = cls(
            username=username,
            initial_questions=initial_questions,
            subject=subject,
            question_count=question_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        question_request.additional_properties = additional_properties
        return question_request

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
