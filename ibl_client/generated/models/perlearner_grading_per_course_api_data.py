from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"course_id: expected a string, got {type(course_id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        graded_activities = d.pop("graded_activities")
        if not isinstance(graded_activities, str):
            raise TypeError(
                f"graded_activities: expected a string, got {type(graded_activities).__name__}"
            )

        submissions = d.pop("submissions")
        if not isinstance(submissions, int) or submissions is True or submissions is False:
            raise TypeError(f"submissions: expected an integer, got {type(submissions).__name__}")

        problems_attempted = d.pop("problems_attempted")
        if (
            not isinstance(problems_attempted, int)
            or problems_attempted is True
            or problems_attempted is False
        ):
            raise TypeError(
                f"problems_attempted: expected an integer, got {type(problems_attempted).__name__}"
            )

        assignments_correct = d.pop("assignments_correct")
        if (
            not isinstance(assignments_correct, int)
            or assignments_correct is True
            or assignments_correct is False
        ):
            raise TypeError(
                f"assignments_correct: expected an integer, got {type(assignments_correct).__name__}"
            )

        class_average = d.pop("class_average")
        if (
            not isinstance(class_average, (int, float))
            or class_average is True
            or class_average is False
        ):
            raise TypeError(f"class_average: expected a number, got {type(class_average).__name__}")

        grade = d.pop("grade")
        if not isinstance(grade, (int, float)) or grade is True or grade is False:
            raise TypeError(f"grade: expected a number, got {type(grade).__name__}")

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
