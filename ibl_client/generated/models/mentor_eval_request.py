from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mentor_eval_question_request import MentorEvalQuestionRequest


T = TypeVar("T", bound="MentorEvalRequest")


@_attrs_define
class MentorEvalRequest:
    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    passing_score: int | None | Unset = UNSET
    questions: list[MentorEvalQuestionRequest] | None | Unset = UNSET
    evaluation_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        passing_score: int | None | Unset
        if isinstance(self.passing_score, Unset):
            passing_score = UNSET
        else:
            passing_score = self.passing_score

        questions: list[dict[str, Any]] | None | Unset
        if isinstance(self.questions, Unset):
            questions = UNSET
        elif isinstance(self.questions, list):
            questions = []
            for questions_type_0_item_data in self.questions:
                questions_type_0_item = questions_type_0_item_data.to_dict()
                questions.append(questions_type_0_item)

        else:
            questions = self.questions

        evaluation_prompt: None | str | Unset
        if isinstance(self.evaluation_prompt, Unset):
            evaluation_prompt = UNSET
        else:
            evaluation_prompt = self.evaluation_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if passing_score is not UNSET:
            field_dict["passing_score"] = passing_score
        if questions is not UNSET:
            field_dict["questions"] = questions
        if evaluation_prompt is not UNSET:
            field_dict["evaluation_prompt"] = evaluation_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_eval_question_request import MentorEvalQuestionRequest  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("id", "an integer or null", data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_passing_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("passing_score", "an integer or null", data)

        passing_score = _parse_passing_score(d.pop("passing_score", UNSET))

        def _parse_questions(data: object) -> list[MentorEvalQuestionRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, list):
                try:
                    _questions_type_0 = data
                    if not isinstance(_questions_type_0, list):
                        raise FieldError("questions_type_0", "an array", _questions_type_0)
                    questions_type_0 = []
                    for _questions_type_0_index, questions_type_0_item_data in enumerate(
                        _questions_type_0
                    ):
                        try:
                            questions_type_0_item = nested(
                                "questions_type_0_item",
                                MentorEvalQuestionRequest,
                                questions_type_0_item_data,
                            )

                        except PARSE_ERRORS as _questions_type_0_error:
                            raise within(
                                ("questions_type_0", _questions_type_0_index),
                                _questions_type_0_error,
                                "questions_type_0_item",
                            ) from _questions_type_0_error
                        questions_type_0.append(questions_type_0_item)

                    return questions_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("questions", member_error, "questions_type_0"))
            if error is not None:
                raise error
            raise FieldError("questions", "an array or null", data)

        questions = _parse_questions(d.pop("questions", UNSET))

        def _parse_evaluation_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("evaluation_prompt", "a string or null", data)

        evaluation_prompt = _parse_evaluation_prompt(d.pop("evaluation_prompt", UNSET))

        mentor_eval_request = cls(
            id=id,
            name=name,
            passing_score=passing_score,
            questions=questions,
            evaluation_prompt=evaluation_prompt,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_eval_request.additional_properties = additional_properties
        return mentor_eval_request

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
