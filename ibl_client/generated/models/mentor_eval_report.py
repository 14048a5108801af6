from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    within,
)

if TYPE_CHECKING:
    from ..models.conversation_rating import ConversationRating


T = TypeVar("T", bound="MentorEvalReport")


@_attrs_define
class MentorEvalReport:
    id: int
    mentor_eval: str
    mentor: str
    conversation_ratings: list[ConversationRating]
    overall_score: float
    is_passed: bool
    generated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor_eval = self.mentor_eval

        mentor = self.mentor

        conversation_ratings = []
        for conversation_ratings_item_data in self.conversation_ratings:
            conversation_ratings_item = conversation_ratings_item_data.to_dict()
            conversation_ratings.append(conversation_ratings_item)

        overall_score = self.overall_score

        is_passed = self.is_passed

        generated_at = self.generated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor_eval": mentor_eval,
                "mentor": mentor,
                "conversation_ratings": conversation_ratings,
                "overall_score": overall_score,
                "is_passed": is_passed,
                "generated_at": generated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_rating import ConversationRating  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        mentor_eval = d.pop("mentor_eval")
        if not isinstance(mentor_eval, str):
            raise FieldError("mentor_eval", "a string", mentor_eval)

        mentor = d.pop("mentor")
        if not isinstance(mentor, str):
            raise FieldError("mentor", "a string", mentor)

        _conversation_ratings = d.pop("conversation_ratings")
        if not isinstance(_conversation_ratings, list):
            raise FieldError("conversation_ratings", "an array", _conversation_ratings)
        conversation_ratings = []
        for _conversation_ratings_index, conversation_ratings_item_data in enumerate(
            _conversation_ratings
        ):
            try:
                conversation_ratings_item = nested(
                    "conversation_ratings_item", ConversationRating, conversation_ratings_item_data
                )

            except PARSE_ERRORS as _conversation_ratings_error:
                raise within(
                    ("conversation_ratings", _conversation_ratings_index),
                    _conversation_ratings_error,
                    "conversation_ratings_item",
                ) from _conversation_ratings_error
            conversation_ratings.append(conversation_ratings_item)

        overall_score = d.pop("overall_score")
        if (
            not isinstance(overall_score, (int, float))
            or overall_score is True
            or overall_score is False
        ):
            raise FieldError("overall_score", "a number", overall_score)

        is_passed = d.pop("is_passed")
        if not isinstance(is_passed, bool):
            raise FieldError("is_passed", "a boolean", is_passed)

        generated_at = parse_datetime("generated_at", d.pop("generated_at"))

        mentor_eval_report = cls(
            id=id,
            mentor_eval=mentor_eval,
            mentor=mentor,
            conversation_ratings=conversation_ratings,
            overall_score=overall_score,
            is_passed=is_passed,
            generated_at=generated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_eval_report.additional_properties = additional_properties
        return mentor_eval_report

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
