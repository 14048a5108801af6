from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="MentorDetailAnalytics")


@_attrs_define
class MentorDetailAnalytics:
    total_mentors: int
    active_mentors: int
    total_questions_answered: int
    total_ratings: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_mentors = self.total_mentors

        active_mentors = self.active_mentors

        total_questions_answered = self.total_questions_answered

        total_ratings = self.total_ratings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_mentors": total_mentors,
                "active_mentors": active_mentors,
                "total_questions_answered": total_questions_answered,
                "total_ratings": total_ratings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_mentors = d.pop("total_mentors")
        if not isinstance(total_mentors, int) or total_mentors is True or total_mentors is False:
            raise FieldError("total_mentors", "an integer", total_mentors)

        active_mentors = d.pop("active_mentors")
        if not isinstance(active_mentors, int) or active_mentors is True or active_mentors is False:
            raise FieldError("active_mentors", "an integer", active_mentors)

        total_questions_answered = d.pop("total_questions_answered")
        if (
            not isinstance(total_questions_answered, int)
            or total_questions_answered is True
            or total_questions_answered is False
        ):
            raise FieldError("total_questions_answered", "an integer", total_questions_answered)

        total_ratings = d.pop("total_ratings")
        if not isinstance(total_ratings, int) or total_ratings is True or total_ratings is False:
            raise FieldError("total_ratings", "an integer", total_ratings)

        mentor_detail_analytics = cls(
            total_mentors=total_mentors,
            active_mentors=active_mentors,
            total_questions_answered=total_questions_answered,
            total_ratings=total_ratings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_detail_analytics.additional_properties = additional_properties
        return mentor_detail_analytics

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
