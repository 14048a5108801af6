from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="TimeSpentByUsersInCourseData")


@_attrs_define
class TimeSpentByUsersInCourseData:
    username: str
    """ learner username """
    full_name: str
    """ learner Name """
    email: str
    """ learner email """
    assessments: int
    """ Total assessments """
    time_spent: str
    """ Time spent formatted in seconds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        full_name = self.full_name

        email = self.email

        assessments = self.assessments

        time_spent = self.time_spent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "full_name": full_name,
                "email": email,
                "assessments": assessments,
                "time_spent": time_spent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        full_name = d.pop("full_name")
        if not isinstance(full_name, str):
            raise FieldError("full_name", "a string", full_name)

        email = d.pop("email")
        if not isinstance(email, str):
            raise FieldError("email", "a string", email)

        assessments = d.pop("assessments")
        if not isinstance(assessments, int) or assessments is True or assessments is False:
            raise FieldError("assessments", "an integer", assessments)

        time_spent = d.pop("time_spent")
        if not isinstance(time_spent, str):
            raise FieldError("time_spent", "a string", time_spent)

        time_spent_by_users_in_course_data = cls(
            username=username,
            full_name=full_name,
            email=email,
            assessments=assessments,
            time_spent=time_spent,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        time_spent_by_users_in_course_data.additional_properties = additional_properties
        return time_spent_by_users_in_course_data

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
