from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.overtime_data_point import OvertimeDataPoint
    from ..models.time_spent_course import TimeSpentCourse


T = TypeVar("T", bound="TimeSpentDetail")


@_attrs_define
class TimeSpentDetail:
    courses: list[TimeSpentCourse]
    total_time_spent: str
    total_time_spent_secs: int
    overtime: list[OvertimeDataPoint] | Unset = UNSET
    """ Time spent over time data (when overtime=true) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        courses = []
        for courses_item_data in self.courses:
            courses_item = courses_item_data.to_dict()
            courses.append(courses_item)

        total_time_spent = self.total_time_spent

        total_time_spent_secs = self.total_time_spent_secs

        overtime: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overtime, Unset):
            overtime = []
            for overtime_item_data in self.overtime:
                overtime_item = overtime_item_data.to_dict()
                overtime.append(overtime_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "courses": courses,
                "total_time_spent": total_time_spent,
                "total_time_spent_secs": total_time_spent_secs,
            }
        )
        if overtime is not UNSET:
            field_dict["overtime"] = overtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.overtime_data_point import OvertimeDataPoint  # noqa: PLC0415
        from ..models.time_spent_course import TimeSpentCourse  # noqa: PLC0415

        d = dict(src_dict)
        _courses = d.pop("courses")
        if not isinstance(_courses, list):
            raise FieldError("courses", "an array", _courses)
        courses = []
        for _courses_index, courses_item_data in enumerate(_courses):
            try:
                courses_item = nested("courses_item", TimeSpentCourse, courses_item_data)

            except PARSE_ERRORS as _courses_error:
                raise within(
                    ("courses", _courses_index), _courses_error, "courses_item"
                ) from _courses_error
            courses.append(courses_item)

        total_time_spent = d.pop("total_time_spent")
        if not isinstance(total_time_spent, str):
            raise FieldError("total_time_spent", "a string", total_time_spent)

        total_time_spent_secs = d.pop("total_time_spent_secs")
        if (
            not isinstance(total_time_spent_secs, int)
            or total_time_spent_secs is True
            or total_time_spent_secs is False
        ):
            raise FieldError("total_time_spent_secs", "an integer", total_time_spent_secs)

        _overtime = d.pop("overtime", UNSET)
        overtime: list[OvertimeDataPoint] | Unset = UNSET
        if _overtime is not UNSET:
            if not isinstance(_overtime, list):
                raise FieldError("overtime", "an array", _overtime)
            overtime = []
            for _overtime_index, overtime_item_data in enumerate(_overtime):
                try:
                    overtime_item = nested("overtime_item", OvertimeDataPoint, overtime_item_data)

                except PARSE_ERRORS as _overtime_error:
                    raise within(
                        ("overtime", _overtime_index), _overtime_error, "overtime_item"
                    ) from _overtime_error
                overtime.append(overtime_item)

        time_spent_detail = cls(
            courses=courses,
            total_time_spent=total_time_spent,
            total_time_spent_secs=total_time_spent_secs,
            overtime=overtime,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        time_spent_detail.additional_properties = additional_properties
        return time_spent_detail

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
