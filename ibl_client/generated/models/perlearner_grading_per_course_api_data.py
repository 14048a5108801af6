from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="PerlearnerGradingPerCourseAPIData")


@_attrs_define
class PerlearnerGradingPerCourseAPIData:
    course_id: str
    """ Edx Course ID """
    name: str
    """ Course Name """
    graded_activities: str
    """ Total problems in course """
    submissions: int
    """ Cumulative problem submissions """
    problems_attempted: int
    """ Number of problems from total problems attempted """
    assignments_correct: int
    """ Number of problems answered correctly """
    class_average: float
    """ Average grade obtained by all learner in the course """
    grade: float
    """ Learner course grade """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        name = self.name

        graded_activities = self.graded_activities

        submissions = self.submissions

        problems_attempted = self.problems_attempted

        assignments_correct = self.assignments_correct

        class_average = self.class_average

        grade = self.grade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "name": name,
                "graded_activities": graded_activities,
                "submissions": submissions,
                "problems_attempted": problems_attempted,
                "assignments_correct": assignments_correct,
                "class_average": class_average,
                "grade": grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        graded_activities = d.pop("graded_activities")
        if not isinstance(graded_activities, str):
            raise FieldError("graded_activities", "a string", graded_activities)

        submissions = d.pop("submissions")
        if not isinstance(submissions, int) or submissions is True or submissions is False:
            raise FieldError("submissions", "an integer", submissions)

        problems_attempted = d.pop("problems_attempted")
        if (
            not isinstance(problems_attempted, int)
            or problems_attempted is True
            or problems_attempted is False
        ):
            raise FieldError("problems_attempted", "an integer", problems_attempted)

        assignments_correct = d.pop("assignments_correct")
        if (
            not isinstance(assignments_correct, int)
            or assignments_correct is True
            or assignments_correct is False
        ):
            raise FieldError("assignments_correct", "an integer", assignments_correct)

        class_average = d.pop("class_average")
        if (
            not isinstance(class_average, (int, float))
            or class_average is True
            or class_average is False
        ):
            raise FieldError("class_average", "a number", class_average)

        grade = d.pop("grade")
        if not isinstance(grade, (int, float)) or grade is True or grade is False:
            raise FieldError("grade", "a number", grade)

        perlearner_grading_per_course_api_data = cls(
            course_id=course_id,
            name=name,
            graded_activities=graded_activities,
            submissions=submissions,
            problems_attempted=problems_attempted,
            assignments_correct=assignments_correct,
            class_average=class_average,
            grade=grade,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        perlearner_grading_per_course_api_data.additional_properties = additional_properties
        return perlearner_grading_per_course_api_data

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
