from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserEdxMemory")


@_attrs_define
class UserEdxMemory:
    id: int
    username: str
    student: int
    """ edX user ID """
    course_id: str
    date_created: datetime.datetime
    last_modified: datetime.datetime
    data: Any | Unset = UNSET
    """ The course data to be stored. This includes the current page and the blocks that have been visited. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        student = self.student

        course_id = self.course_id

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "student": student,
                "course_id": course_id,
                "date_created": date_created,
                "last_modified": last_modified,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        student = d.pop("student")
        if not isinstance(student, int) or student is True or student is False:
            raise FieldError("student", "an integer", student)

        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        date_created = parse_datetime("date_created", d.pop("date_created"))

        last_modified = parse_datetime("last_modified", d.pop("last_modified"))

        data = d.pop("data", UNSET)

        user_edx_memory = cls(
            id=id,
            username=username,
            student=student,
            course_id=course_id,
            date_created=date_created,
            last_modified=last_modified,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_edx_memory.additional_properties = additional_properties
        return user_edx_memory

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
