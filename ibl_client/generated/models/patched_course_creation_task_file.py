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

T = TypeVar("T", bound="PatchedCourseCreationTaskFile")


@_attrs_define
class PatchedCourseCreationTaskFile:
    id: int | Unset = UNSET
    course_creation_task: int | Unset = UNSET
    file: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        course_creation_task = self.course_creation_task

        file = self.file

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if course_creation_task is not UNSET:
            field_dict["course_creation_task"] = course_creation_task
        if file is not UNSET:
            field_dict["file"] = file
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        course_creation_task = d.pop("course_creation_task", UNSET)
        if (
            not isinstance(course_creation_task, (int, Unset))
            or course_creation_task is True
            or course_creation_task is False
        ):
            raise FieldError("course_creation_task", "an integer", course_creation_task)

        file = d.pop("file", UNSET)
        if not isinstance(file, (str, Unset)):
            raise FieldError("file", "a string", file)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime("date_created", _date_created)

        _last_modified = d.pop("last_modified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime("last_modified", _last_modified)

        patched_course_creation_task_file = cls(
            id=id,
            course_creation_task=course_creation_task,
            file=file,
            date_created=date_created,
            last_modified=last_modified,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_course_creation_task_file.additional_properties = additional_properties
        return patched_course_creation_task_file

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
