from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedCourseCreationTaskFileRequest")


@_attrs_define
class PatchedCourseCreationTaskFileRequest:
    course_creation_task: int | Unset = UNSET
    file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_creation_task = self.course_creation_task

        file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_creation_task is not UNSET:
            field_dict["course_creation_task"] = course_creation_task
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        patched_course_creation_task_file_request = cls(
            course_creation_task=course_creation_task,
            file=file,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_course_creation_task_file_request.additional_properties = additional_properties
        return patched_course_creation_task_file_request

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
