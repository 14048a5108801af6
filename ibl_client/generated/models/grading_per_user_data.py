from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="GradingPerUserData")


@_attrs_define
class GradingPerUserData:
    username: str
    """ learner username """
    full_name: str
    """ learner Name """
    start_date: str
    """ Course enrollment date """
    submissions: int
    """ Total assessment submissions """
    last_active: str
    """ Last active time """
    percent: float
    """ TStudent course grade """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        full_name = self.full_name

        start_date = self.start_date

        submissions = self.submissions

        last_active = self.last_active

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "full_name": full_name,
                "start_date": start_date,
                "submissions": submissions,
                "last_active": last_active,
                "percent": percent,
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

        start_date = d.pop("start_date")
        if not isinstance(start_date, str):
            raise FieldError("start_date", "a string", start_date)

        submissions = d.pop("submissions")
        if not isinstance(submissions, int) or submissions is True or submissions is False:
            raise FieldError("submissions", "an integer", submissions)

        last_active = d.pop("last_active")
        if not isinstance(last_active, str):
            raise FieldError("last_active", "a string", last_active)

        percent = d.pop("percent")
        if not isinstance(percent, (int, float)) or percent is True or percent is False:
            raise FieldError("percent", "a number", percent)

        grading_per_user_data = cls(
            username=username,
            full_name=full_name,
            start_date=start_date,
            submissions=submissions,
            last_active=last_active,
            percent=percent,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        grading_per_user_data.additional_properties = additional_properties
        return grading_per_user_data

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
