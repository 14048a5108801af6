from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        active_mentors = d.pop("active_mentors")

        total_questions_answered = d.pop("total_questions_answered")

        total_ratings = d.pop("total_ratings")

        mentor_detail_analytics = cls(
            total_mentors=total_mentors,
            active_mentors=active_mentors,
            total_questions_answered=total_questions_answered,
            total_ratings=total_ratings,
        )

        mentor_detail_analytics.additional_properties = d
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
