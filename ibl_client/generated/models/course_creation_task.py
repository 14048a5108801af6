from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.course_creation_task_status_enum import (
    CourseCreationTaskStatusEnum,
    check_course_creation_task_status_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_creation_task_file import CourseCreationTaskFile


T = TypeVar("T", bound="CourseCreationTask")


@_attrs_define
class CourseCreationTask:
    id: int
    user_id: str
    student: int
    """ edX user ID """
    name: str
    description: str
    """ Description of the course to create and its requirements """
    target_audience: str
    """ The intended audience for the course. eg. Grade 11 students. """
    platform: int
    platform_key: str
    status: CourseCreationTaskStatusEnum
    """ * `Pending` - Pending
    * `Scheduled` - Scheduled
    * `Success` - Success
    * `Failed` - Failed
    * `Cancelled` - Cancelled
    * `In Progress` - In Progress """
    course_data: Any
    logs: str
    files: list[CourseCreationTaskFile]
    date_created: datetime.datetime
    last_modified: datetime.datetime
    publish_course: bool | Unset = UNSET
    provider: str | Unset = UNSET
    model: str | Unset = UNSET
    desired_number_of_sections: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        student = self.student

        name = self.name

        description = self.description

        target_audience = self.target_audience

        platform = self.platform

        platform_key = self.platform_key

        status: str = self.status

        course_data = self.course_data

        logs = self.logs

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        publish_course = self.publish_course

        provider = self.provider

        model = self.model

        desired_number_of_sections = self.desired_number_of_sections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "student": student,
                "name": name,
                "description": description,
                "target_audience": target_audience,
                "platform": platform,
                "platform_key": platform_key,
                "status": status,
                "course_data": course_data,
                "logs": logs,
                "files": files,
                "date_created": date_created,
                "last_modified": last_modified,
            }
        )
        if publish_course is not UNSET:
            field_dict["publish_course"] = publish_course
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if desired_number_of_sections is not UNSET:
            field_dict["desired_number_of_sections"] = desired_number_of_sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_creation_task_file import CourseCreationTaskFile  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        user_id = d.pop("user_id")
        if not isinstance(user_id, str):
            raise TypeError(f"user_id: expected a string, got {type(user_id).__name__}")

        student = d.pop("student")
        if not isinstance(student, int) or student is True or student is False:
            raise TypeError(f"student: expected an integer, got {type(student).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        target_audience = d.pop("target_audience")
        if not isinstance(target_audience, str):
            raise TypeError(
                f"target_audience: expected a string, got {type(target_audience).__name__}"
            )

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise TypeError(f"platform: expected an integer, got {type(platform).__name__}")

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        status = check_course_creation_task_status_enum(d.pop("status"))

        course_data = d.pop("course_data")

        logs = d.pop("logs")
        if not isinstance(logs, str):
            raise TypeError(f"logs: expected a string, got {type(logs).__name__}")

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = CourseCreationTaskFile.from_dict(files_item_data)

            files.append(files_item)

        date_created = datetime.datetime.fromisoformat(
            d.pop("date_created").replace("Z", "+00:00").replace("z", "+00:00")
        )

        last_modified = datetime.datetime.fromisoformat(
            d.pop("last_modified").replace("Z", "+00:00").replace("z", "+00:00")
        )

        publish_course = d.pop("publish_course", UNSET)
        if not isinstance(publish_course, (bool, Unset)):
            raise TypeError(
                f"publish_course: expected a boolean, got {type(publish_course).__name__}"
            )

        provider = d.pop("provider", UNSET)
        if not isinstance(provider, (str, Unset)):
            raise TypeError(f"provider: expected a string, got {type(provider).__name__}")

        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise TypeError(f"model: expected a string, got {type(model).__name__}")

        desired_number_of_sections = d.pop("desired_number_of_sections", UNSET)
        if (
            not isinstance(desired_number_of_sections, (int, Unset))
            or desired_number_of_sections is True
            or desired_number_of_sections is False
        ):
            raise TypeError(
                f"desired_number_of_sections: expected an integer, got {type(desired_number_of_sections).__name__}"
            )

        course_creation_task = cls(
            id=id,
            user_id=user_id,
            student=student,
            name=name,
            description=description,
            target_audience=target_audience,
            platform=platform,
            platform_key=platform_key,
            status=status,
            course_data=course_data,
            logs=logs,
            files=files,
            date_created=date_created,
            last_modified=last_modified,
            publish_course=publish_course,
            provider=provider,
            model=model,
            desired_number_of_sections=desired_number_of_sections,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_creation_task.additional_properties = additional_properties
        return course_creation_task

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
