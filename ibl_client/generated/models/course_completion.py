from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseCompletion")


@_attrs_define
class CourseCompletion:
    completed: bool
    completion_percentage: float | None | Unset = UNSET
    passed: bool | None | Unset = UNSET
    passed_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        completion_percentage: float | None | Unset
        if isinstance(self.completion_percentage, Unset):
            completion_percentage = UNSET
        else:
            completion_percentage = self.completion_percentage

        passed: bool | None | Unset
        if isinstance(self.passed, Unset):
            passed = UNSET
        else:
            passed = self.passed

        passed_date: None | str | Unset
        if isinstance(self.passed_date, Unset):
            passed_date = UNSET
        elif isinstance(self.passed_date, datetime.datetime):
            passed_date = self.passed_date.isoformat()
        else:
            passed_date = self.passed_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed": completed,
            }
        )
        if completion_percentage is not UNSET:
            field_dict["completion_percentage"] = completion_percentage
        if passed is not UNSET:
            field_dict["passed"] = passed
        if passed_date is not UNSET:
            field_dict["passed_date"] = passed_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed = d.pop("completed")
        if not isinstance(completed, bool):
            raise FieldError("completed", "a boolean", completed)

        def _parse_completion_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("completion_percentage", "a number or null", data)

        completion_percentage = _parse_completion_percentage(d.pop("completion_percentage", UNSET))

        def _parse_passed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("passed", "a boolean or null", data)

        passed = _parse_passed(d.pop("passed", UNSET))

        def _parse_passed_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    passed_date_type_0 = parse_datetime("passed_date_type_0", data)

                    return passed_date_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("passed_date", member_error, "passed_date_type_0"))
            if error is not None:
                raise error
            raise FieldError("passed_date", "a date-time string or null", data)

        passed_date = _parse_passed_date(d.pop("passed_date", UNSET))

        course_completion = cls(
            completed=completed,
            completion_percentage=completion_percentage,
            passed=passed,
            passed_date=passed_date,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_completion.additional_properties = additional_properties
        return course_completion

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
