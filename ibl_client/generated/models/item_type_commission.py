from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="ItemTypeCommission")


@_attrs_define
class ItemTypeCommission:
    """Commission percentages keyed by item type."""

    mentor: float
    """ Commission percentage for mentor sales """
    course: float
    """ Commission percentage for course sales """
    program: float
    """ Commission percentage for program sales """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor = self.mentor

        course = self.course

        program = self.program

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor": mentor,
                "course": course,
                "program": program,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentor = d.pop("mentor")
        if not isinstance(mentor, (int, float)) or mentor is True or mentor is False:
            raise FieldError("mentor", "a number", mentor)

        course = d.pop("course")
        if not isinstance(course, (int, float)) or course is True or course is False:
            raise FieldError("course", "a number", course)

        program = d.pop("program")
        if not isinstance(program, (int, float)) or program is True or program is False:
            raise FieldError("program", "a number", program)

        item_type_commission = cls(
            mentor=mentor,
            course=course,
            program=program,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        item_type_commission.additional_properties = additional_properties
        return item_type_commission

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
