from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mentor_eval_question import MentorEvalQuestion


T = TypeVar("T", bound="MentorEval")


@_attrs_define
class MentorEval:
    id: int
    mentor: str
    questions: list[MentorEvalQuestion]
    eval_id: UUID | Unset = UNSET
    name: None | str | Unset = UNSET
    passing_score: int | Unset = UNSET
    evaluation_prompt: str | Unset = UNSET
    question_set: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor = self.mentor

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        eval_id: str | Unset = UNSET
        if not isinstance(self.eval_id, Unset):
            eval_id = str(self.eval_id)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        passing_score = self.passing_score

        evaluation_prompt = self.evaluation_prompt

        question_set: int | None | Unset
        if isinstance(self.question_set, Unset):
            question_set = UNSET
        else:
            question_set = self.question_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor": mentor,
                "questions": questions,
            }
        )
        if eval_id is not UNSET:
            field_dict["eval_id"] = eval_id
        if name is not UNSET:
            field_dict["name"] = name
        if passing_score is not UNSET:
            field_dict["passing_score"] = passing_score
        if evaluation_prompt is not UNSET:
            field_dict["evaluation_prompt"] = evaluation_prompt
        if question_set is not UNSET:
            field_dict["question_set"] = question_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_eval_question import MentorEvalQuestion  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        mentor = d.pop("mentor")
        if not isinstance(mentor, str):
            raise FieldError("mentor", "a string", mentor)

        _questions = d.pop("questions")
        if not isinstance(_questions, list):
            raise FieldError("questions", "an array", _questions)
        questions = []
        for _questions_index, questions_item_data in enumerate(_questions):
            try:
                questions_item = nested("questions_item", MentorEvalQuestion, questions_item_data)

            except PARSE_ERRORS as _questions_error:
                raise within(
                    ("questions", _questions_index), _questions_error, "questions_item"
                ) from _questions_error
            questions.append(questions_item)

        _eval_id = d.pop("eval_id", UNSET)
        eval_id: UUID | Unset
        if isinstance(_eval_id, Unset):
            eval_id = UNSET
        else:
            eval_id = parse_uuid("eval_id", _eval_id)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name", UNSET))

        passing_score = d.pop("passing_score", UNSET)
        if (
            not isinstance(passing_score, (int, Unset))
            or passing_score is True
            or passing_score is False
        ):
            raise FieldError("passing_score", "an integer", passing_score)

        evaluation_prompt = d.pop("evaluation_prompt", UNSET)
        if not isinstance(evaluation_prompt, (str, Unset)):
            raise FieldError("evaluation_prompt", "a string", evaluation_prompt)

        def _parse_question_set(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("question_set", "an integer or null", data)

        question_set = _parse_question_set(d.pop("question_set", UNSET))

        mentor_eval = cls(
            id=id,
            mentor=mentor,
            questions=questions,
            eval_id=eval_id,
            name=name,
            passing_score=passing_score,
            evaluation_prompt=evaluation_prompt,
            question_set=question_set,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_eval.additional_properties = additional_properties
        return mentor_eval

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
