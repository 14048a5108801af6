from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="CourseCreationTaskFileRequest")


@_attrs_define
class CourseCreationTaskFileRequest:
    course_creation_task: int
    file: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_creation_task = self.course_creation_task

        file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_creation_task": course_creation_task,
                "file": file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_creation_task = d.pop("course_creation_task")
        if (
            not isinstance(course_creation_task, int)
            or course_creation_task is True
            or course_creation_task is False
        ):
            raise FieldError("course_creation_task", "an integer", course_creation_task)

        file = d.pop("file")
        if not isinstance(file, str):
            raise FieldError("file", "a string", file)

        course_creation_task_file_request = cls(
            course_creation_task=course_creation_task,
            file=file,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_creation_task_file_request.additional_properties = additional_properties
        return course_creation_task_file_request

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
