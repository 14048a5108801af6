from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="SpacedRepetitionQuestionStats")


@_attrs_define
class SpacedRepetitionQuestionStats:
    total_questions: int
    success_rate: float
    reviewed_questions: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_questions = self.total_questions

        success_rate = self.success_rate

        reviewed_questions = self.reviewed_questions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_questions": total_questions,
                "success_rate": success_rate,
                "reviewed_questions": reviewed_questions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_questions = d.pop("total_questions")
        if (
            not isinstance(total_questions, int)
            or total_questions is True
            or total_questions is False
        ):
            raise FieldError("total_questions", "an integer", total_questions)

        success_rate = d.pop("success_rate")
        if (
            not isinstance(success_rate, (int, float))
            or success_rate is True
            or success_rate is False
        ):
            raise FieldError("success_rate", "a number", success_rate)

        reviewed_questions = d.pop("reviewed_questions")
        if (
            not isinstance(reviewed_questions, int)
            or reviewed_questions is True
            or reviewed_questions is False
        ):
            raise FieldError("reviewed_questions", "an integer", reviewed_questions)

        spaced_repetition_question_stats = cls(
            total_questions=total_questions,
            success_rate=success_rate,
            reviewed_questions=reviewed_questions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        spaced_repetition_question_stats.additional_properties = additional_properties
        return spaced_repetition_question_stats

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
