from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)

if TYPE_CHECKING:
    from ..models.lti_mentor_course_x_block import LtiMentorCourseXBlock


T = TypeVar("T", bound="LtiMentor")


@_attrs_define
class LtiMentor:
    id: int
    name: str
    """ The name of the mentor """
    org: str
    """ The org of the mentor """
    course_key: str
    """ The course key """
    mentor_config: LtiMentorCourseXBlock
    platform_key: str
    """ Platform key the requesting user belongs to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        org = self.org

        course_key = self.course_key

        mentor_config = self.mentor_config.to_dict()

        platform_key = self.platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "org": org,
                "course_key": course_key,
                "mentor_config": mentor_config,
                "platform_key": platform_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lti_mentor_course_x_block import LtiMentorCourseXBlock  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        org = d.pop("org")
        if not isinstance(org, str):
            raise FieldError("org", "a string", org)

        course_key = d.pop("course_key")
        if not isinstance(course_key, str):
            raise FieldError("course_key", "a string", course_key)

        mentor_config = nested("mentor_config", LtiMentorCourseXBlock, d.pop("mentor_config"))

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        lti_mentor = cls(
            id=id,
            name=name,
            org=org,
            course_key=course_key,
            mentor_config=mentor_config,
            platform_key=platform_key,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        lti_mentor.additional_properties = additional_properties
        return lti_mentor

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
