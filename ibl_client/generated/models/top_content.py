from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="TopContent")


@_attrs_define
class TopContent:
    """Serializer for top content information."""

    course_identifier: str
    """ Course identifier """
    course_name: str
    """ Name of the course. """
    time_spent_seconds: int
    """ Time spent on this course in seconds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_identifier = self.course_identifier

        course_name = self.course_name

        time_spent_seconds = self.time_spent_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_identifier": course_identifier,
                "course_name": course_name,
                "time_spent_seconds": time_spent_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_identifier = d.pop("course_identifier")
        if not isinstance(course_identifier, str):
            raise FieldError("course_identifier", "a string", course_identifier)

        course_name = d.pop("course_name")
        if not isinstance(course_name, str):
            raise FieldError("course_name", "a string", course_name)

        time_spent_seconds = d.pop("time_spent_seconds")
        if (
            not isinstance(time_spent_seconds, int)
            or time_spent_seconds is True
            or time_spent_seconds is False
        ):
            raise FieldError("time_spent_seconds", "an integer", time_spent_seconds)

        top_content = cls(
            course_identifier=course_identifier,
            course_name=course_name,
            time_spent_seconds=time_spent_seconds,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        top_content.additional_properties = additional_properties
        return top_content

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
