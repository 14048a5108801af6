from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

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
            raise FieldError("username", "a string", username)

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        email = d.pop("email")
        if not isinstance(email, str):
            raise FieldError("email", "a string", email)

        courses_enrolled = d.pop("courses_enrolled")
        if (
            not isinstance(courses_enrolled, int)
            or courses_enrolled is True
            or courses_enrolled is False
        ):
            raise FieldError("courses_enrolled", "an integer", courses_enrolled)

        courses_completed = d.pop("courses_completed")
        if (
            not isinstance(courses_completed, int)
            or courses_completed is True
            or courses_completed is False
        ):
            raise FieldError("courses_completed", "an integer", courses_completed)

        time_spent = d.pop("time_spent")
        if not isinstance(time_spent, str):
            raise FieldError("time_spent", "a string", time_spent)

        pathways_assigned = d.pop("pathways_assigned")
        if (
            not isinstance(pathways_assigned, int)
            or pathways_assigned is True
            or pathways_assigned is False
        ):
            raise FieldError("pathways_assigned", "an integer", pathways_assigned)

        pathways_completed = d.pop("pathways_completed")
        if (
            not isinstance(pathways_completed, int)
            or pathways_completed is True
            or pathways_completed is False
        ):
            raise FieldError("pathways_completed", "an integer", pathways_completed)

        certificates_earned = d.pop("certificates_earned")
        if (
            not isinstance(certificates_earned, int)
            or certificates_earned is True
            or certificates_earned is False
        ):
            raise FieldError("certificates_earned", "an integer", certificates_earned)

        assessments_passed = d.pop("assessments_passed")
        if (
            not isinstance(assessments_passed, int)
            or assessments_passed is True
            or assessments_passed is False
        ):
            raise FieldError("assessments_passed", "an integer", assessments_passed)

        skills_earned = d.pop("skills_earned")
        if not isinstance(skills_earned, int) or skills_earned is True or skills_earned is False:
            raise FieldError("skills_earned", "an integer", skills_earned)

        skills_points = d.pop("skills_points")
        if not isinstance(skills_points, int) or skills_points is True or skills_points is False:
            raise FieldError("skills_points", "an integer", skills_points)

        last_login = d.pop("last_login")
        if not isinstance(last_login, str):
            raise FieldError("last_login", "a string", last_login)

        location = d.pop("location")
        if not isinstance(location, str):
            raise FieldError("location", "a string", location)

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
