from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewPerLearnerListData")


@_attrs_define
class NewPerLearnerListData:
    username: str
    user_id: int
    name: str
    email: str
    courses_enrolled: int
    courses_completed: int
    time_spent: str
    pathways_assigned: int
    pathways_completed: int
    certificates_earned: int
    assessments_passed: int
    skills_earned: int
    skills_points: int
    last_login: str
    location: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        user_id = self.user_id

        name = self.name

        email = self.email

        courses_enrolled = self.courses_enrolled

        courses_completed = self.courses_completed

        time_spent = self.time_spent

        pathways_assigned = self.pathways_assigned

        pathways_completed = self.pathways_completed

        certificates_earned = self.certificates_earned

        assessments_passed = self.assessments_passed

        skills_earned = self.skills_earned

        skills_points = self.skills_points

        last_login = self.last_login

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "user_id": user_id,
                "name": name,
                "email": email,
                "courses_enrolled": courses_enrolled,
                "courses_completed": courses_completed,
                "time_spent": time_spent,
                "pathways_assigned": pathways_assigned,
                "pathways_completed": pathways_completed,
                "certificates_earned": certificates_earned,
                "assessments_passed": assessments_passed,
                "skills_earned": skills_earned,
                "skills_points": skills_points,
                "last_login": last_login,
                "location": location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")
        if not isinstance(username, str):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise TypeError(f"user_id: expected an integer, got {type(user_id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        email = d.pop("email")
        if not isinstance(email, str):
            raise TypeError(f"email: expected a string, got {type(email).__name__}")

        courses_enrolled = d.pop("courses_enrolled")
        if (
            not isinstance(courses_enrolled, int)
            or courses_enrolled is True
            or courses_enrolled is False
        ):
            raise TypeError(
                f"courses_enrolled: expected an integer, got {type(courses_enrolled).__name__}"
            )

        courses_completed = d.pop("courses_completed")
        if (
            not isinstance(courses_completed, int)
            or courses_completed is True
            or courses_completed is False
        ):
            raise TypeError(
                f"courses_completed: expected an integer, got {type(courses_completed).__name__}"
            )

        time_spent = d.pop("time_spent")
        if not isinstance(time_spent, str):
            raise TypeError(f"time_spent: expected a string, got {type(time_spent).__name__}")

        pathways_assigned = d.pop("pathways_assigned")
        if (
            not isinstance(pathways_assigned, int)
            or pathways_assigned is True
            or pathways_assigned is False
        ):
            raise TypeError(
                f"pathways_assigned: expected an integer, got {type(pathways_assigned).__name__}"
            )

        pathways_completed = d.pop("pathways_completed")
        if (
            not isinstance(pathways_completed, int)
            or pathways_completed is True
            or pathways_completed is False
        ):
            raise TypeError(
                f"pathways_completed: expected an integer, got {type(pathways_completed).__name__}"
            )

        certificates_earned = d.pop("certificates_earned")
        if (
            not isinstance(certificates_earned, int)
            or certificates_earned is True
            or certificates_earned is False
        ):
            raise TypeError(
                f"certificates_earned: expected an integer, got {type(certificates_earned).__name__}"
            )

        assessments_passed = d.pop("assessments_passed")
        if (
            not isinstance(assessments_passed, int)
            or assessments_passed is True
            or assessments_passed is False
        ):
            raise TypeError(
                f"assessments_passed: expected an integer, got {type(assessments_passed).__name__}"
            )

        skills_earned = d.pop("skills_earned")
        if not isinstance(skills_earned, int) or skills_earned is True or skills_earned is False:
            raise TypeError(
                f"skills_earned: expected an integer, got {type(skills_earned).__name__}"
            )

        skills_points = d.pop("skills_points")
        if not isinstance(skills_points, int) or skills_points is True or skills_points is False:
            raise TypeError(
                f"skills_points: expected an integer, got {type(skills_points).__name__}"
            )

        last_login = d.pop("last_login")
        if not isinstance(last_login, str):
            raise TypeError(f"last_login: expected a string, got {type(last_login).__name__}")

        location = d.pop("location")
        if not isinstance(location, str):
            raise TypeError(f"location: expected a string, got {type(location).__name__}")

        new_per_learner_list_data = cls(
            username=username,
            user_id=user_id,
            name=name,
            email=email,
            courses_enrolled=courses_enrolled,
            courses_completed=courses_completed,
            time_spent=time_spent,
            pathways_assigned=pathways_assigned,
            pathways_completed=pathways_completed,
            certificates_earned=certificates_earned,
            assessments_passed=assessments_passed,
            skills_earned=skills_earned,
            skills_points=skills_points,
            last_login=last_login,
            location=location,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        new_per_learner_list_data.additional_properties = additional_properties
        return new_per_learner_list_data

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
