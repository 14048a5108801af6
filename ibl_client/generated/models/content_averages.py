from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentAverages")


@_attrs_define
class ContentAverages:
    """Serializer for content summary averages."""

    completion_rate: float | Unset = UNSET
    """ Average completion rate percentage """
    average_rating: float | Unset = UNSET
    """ Average rating """
    enrollments_per_course: float | Unset = UNSET
    """ Average enrollments per course """
    enrollments_per_program: float | Unset = UNSET
    """ Average enrollments per program """
    enrollments_per_pathway: float | Unset = UNSET
    """ Average enrollments per pathway """
    courses_per_skill: float | Unset = UNSET
    """ Average courses per skill """
    time_per_learner: float | Unset = UNSET
    """ Average time spent per learner in seconds (courses only) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_rate = self.completion_rate

        average_rating = self.average_rating

        enrollments_per_course = self.enrollments_per_course

        enrollments_per_program = self.enrollments_per_program

        enrollments_per_pathway = self.enrollments_per_pathway

        courses_per_skill = self.courses_per_skill

        time_per_learner = self.time_per_learner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completion_rate is not UNSET:
            field_dict["completion_rate"] = completion_rate
        if average_rating is not UNSET:
            field_dict["average_rating"] = average_rating
        if enrollments_per_course is not UNSET:
            field_dict["enrollments_per_course"] = enrollments_per_course
        if enrollments_per_program is not UNSET:
            field_dict["enrollments_per_program"] = enrollments_per_program
        if enrollments_per_pathway is not UNSET:
            field_dict["enrollments_per_pathway"] = enrollments_per_pathway
        if courses_per_skill is not UNSET:
            field_dict["courses_per_skill"] = courses_per_skill
        if time_per_learner is not UNSET:
            field_dict["time_per_learner"] = time_per_learner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion_rate = d.pop("completion_rate", UNSET)
        if (
            not isinstance(completion_rate, (int, float, Unset))
            or completion_rate is True
            or completion_rate is False
        ):
            raise FieldError("completion_rate", "a number", completion_rate)

        average_rating = d.pop("average_rating", UNSET)
        if (
            not isinstance(average_rating, (int, float, Unset))
            or average_rating is True
            or average_rating is False
        ):
            raise FieldError("average_rating", "a number", average_rating)

        enrollments_per_course = d.pop("enrollments_per_course", UNSET)
        if (
            not isinstance(enrollments_per_course, (int, float, Unset))
            or enrollments_per_course is True
            or enrollments_per_course is False
        ):
            raise FieldError("enrollments_per_course", "a number", enrollments_per_course)

        enrollments_per_program = d.pop("enrollments_per_program", UNSET)
        if (
            not isinstance(enrollments_per_program, (int, float, Unset))
            or enrollments_per_program is True
            or enrollments_per_program is False
        ):
            raise FieldError("enrollments_per_program", "a number", enrollments_per_program)

        enrollments_per_pathway = d.pop("enrollments_per_pathway", UNSET)
        if (
            not isinstance(enrollments_per_pathway, (int, float, Unset))
            or enrollments_per_pathway is True
            or enrollments_per_pathway is False
        ):
            raise FieldError("enrollments_per_pathway", "a number", enrollments_per_pathway)

        courses_per_skill = d.pop("courses_per_skill", UNSET)
        if (
            not isinstance(courses_per_skill, (int, float, Unset))
            or courses_per_skill is True
            or courses_per_skill is False
        ):
            raise FieldError("courses_per_skill", "a number", courses_per_skill)

        time_per_learner = d.pop("time_per_learner", UNSET)
        if (
            not isinstance(time_per_learner, (int, float, Unset))
            or time_per_learner is True
            or time_per_learner is False
        ):
            raise FieldError("time_per_learner", "a number", time_per_learner)

        content_averages = cls(
            completion_rate=completion_rate,
            average_rating=average_rating,
            enrollments_per_course=enrollments_per_course,
            enrollments_per_program=enrollments_per_program,
            enrollments_per_pathway=enrollments_per_pathway,
            courses_per_skill=courses_per_skill,
            time_per_learner=time_per_learner,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        content_averages.additional_properties = additional_properties
        return content_averages

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
