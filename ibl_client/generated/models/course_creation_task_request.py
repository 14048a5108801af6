from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseCreationTaskRequest")


@_attrs_define
class CourseCreationTaskRequest:
    name: str
    description: str
    """ Description of the course to create and its requirements """
    target_audience: str
    """ The intended audience for the course. eg. Grade 11 students. """
    publish_course: bool | Unset = UNSET
    provider: str | Unset = UNSET
    model: str | Unset = UNSET
    desired_number_of_sections: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        target_audience = self.target_audience

        publish_course = self.publish_course

        provider = self.provider

        model = self.model

        desired_number_of_sections = self.desired_number_of_sections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "target_audience": target_audience,
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
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        description = d.pop("description")
        if not isinstance(description, str):
            raise FieldError("description", "a string", description)

        target_audience = d.pop("target_audience")
        if not isinstance(target_audience, str):
            raise FieldError("target_audience", "a string", target_audience)

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

        course_creation_task_request = cls(
            name=name,
            description=description,
            target_audience=target_audience,
            publish_course=publish_course,
            provider=provider,
            model=model,
            desired_number_of_sections=desired_number_of_sections,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_creation_task_request.additional_properties = additional_properties
        return course_creation_task_request

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
