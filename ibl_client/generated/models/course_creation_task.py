from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    within,
)
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
            raise FieldError("id", "an integer", id)

        user_id = d.pop("user_id")
        if not isinstance(user_id, str):
            raise FieldError("user_id", "a string", user_id)

        student = d.pop("student")
        if not isinstance(student, int) or student is True or student is False:
            raise FieldError("student", "an integer", student)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        description = d.pop("description")
        if not isinstance(description, str):
            raise FieldError("description", "a string", description)

        target_audience = d.pop("target_audience")
        if not isinstance(target_audience, str):
            raise FieldError("target_audience", "a string", target_audience)

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise FieldError("platform", "an integer", platform)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        status = check_course_creation_task_status_enum(d.pop("status"), "status")

        course_data = d.pop("course_data")

        logs = d.pop("logs")
        if not isinstance(logs, str):
            raise FieldError("logs", "a string", logs)

        _files = d.pop("files")
        if not isinstance(_files, list):
            raise FieldError("files", "an array", _files)
        files = []
        for _files_index, files_item_data in enumerate(_files):
            try:
                files_item = nested("files_item", CourseCreationTaskFile, files_item_data)

            except PARSE_ERRORS as _files_error:
                raise within(("files", _files_index), _files_error, "files_item") from _files_error
            files.append(files_item)

        date_created = parse_datetime("date_created", d.pop("date_created"))

        last_modified = parse_datetime("last_modified", d.pop("last_modified"))

        publish_course = d.pop("publish_course", UNSET)
        if not isinstance(publish_course, (bool, Unset)):
            raise FieldError("publish_course", "a boolean", publish_course)

        provider = d.pop("provider", UNSET)
        if not isinstance(provider, (str, Unset)):
            raise FieldError("provider", "a string", provider)

        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise FieldError("model", "a string", model)

        desired_number_of_sections = d.pop("desired_number_of_sections", UNSET)
        if (
            not isinstance(desired_number_of_sections, (int, Unset))
            or desired_number_of_sections is True
            or desired_number_of_sections is False
        ):
            raise FieldError("desired_number_of_sections", "an integer", desired_number_of_sections)

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
