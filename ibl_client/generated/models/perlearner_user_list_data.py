from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="PerlearnerUserListData")


@_attrs_define
class PerlearnerUserListData:
    username: str
    """ learner username """
    full_name: str
    """ learner Name """
    enrollments: int
    """ Total enrollments """
    completions: int
    """ Total completions """
    last_active: str
    """ Last active time """
    time_spent: str
    """ Time spent formatted in seconds """
    engagement_index: float
    """ Engagement index """
    performance_index: float
    """ Performance index """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        full_name = self.full_name

        enrollments = self.enrollments

        completions = self.completions

        last_active = self.last_active

        time_spent = self.time_spent

        engagement_index = self.engagement_index

        performance_index = self.performance_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "full_name": full_name,
                "enrollments": enrollments,
                "completions": completions,
                "last_active": last_active,
                "time_spent": time_spent,
                "engagement_index": engagement_index,
                "performance_index": performance_index,
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

        enrollments = d.pop("enrollments")
        if not isinstance(enrollments, int) or enrollments is True or enrollments is False:
            raise FieldError("enrollments", "an integer", enrollments)

        completions = d.pop("completions")
        if not isinstance(completions, int) or completions is True or completions is False:
            raise FieldError("completions", "an integer", completions)

        last_active = d.pop("last_active")
        if not isinstance(last_active, str):
            raise FieldError("last_active", "a string", last_active)

        time_spent = d.pop("time_spent")
        if not isinstance(time_spent, str):
            raise FieldError("time_spent", "a string", time_spent)

        engagement_index = d.pop("engagement_index")
        if (
            not isinstance(engagement_index, (int, float))
            or engagement_index is True
            or engagement_index is False
        ):
            raise FieldError("engagement_index", "a number", engagement_index)

        performance_index = d.pop("performance_index")
        if (
            not isinstance(performance_index, (int, float))
            or performance_index is True
            or performance_index is False
        ):
            raise FieldError("performance_index", "a number", performance_index)

        perlearner_user_list_data = cls(
            username=username,
            full_name=full_name,
            enrollments=enrollments,
            completions=completions,
            last_active=last_active,
            time_spent=time_spent,
            engagement_index=engagement_index,
            performance_index=performance_index,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        perlearner_user_list_data.additional_properties = additional_properties
        return perlearner_user_list_data

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
