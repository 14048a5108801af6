from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_skill_point_info_request_point_data import (
        CourseSkillPointInfoRequestPointData,
    )


T = TypeVar("T", bound="CourseSkillPointInfoRequest")


@_attrs_define
class CourseSkillPointInfoRequest:
    """Request serializer for CourseSkillPointInfoView POST endpoint. Validates request body for updating course skill
    point information.

    """

    course_id: str
    """ ID of the course to update skill point information for """
    point_data: CourseSkillPointInfoRequestPointData
    """ Dictionary mapping skill names to point values. Example: {'skill_name': 5} """
    overwrite: bool | Unset = UNSET
    """ If True, removes all skills not in point_data. If False, only updates specified skills. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        point_data = self.point_data.to_dict()

        overwrite = self.overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "point_data": point_data,
            }
        )
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_skill_point_info_request_point_data import (
            CourseSkillPointInfoRequestPointData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        point_data = nested("point_data", CourseSkillPointInfoRequestPointData, d.pop("point_data"))

        overwrite = d.pop("overwrite", UNSET)
        if not isinstance(overwrite, (bool, Unset)):
            raise FieldError("overwrite", "a boolean", overwrite)

        course_skill_point_info_request = cls(
            course_id=course_id,
            point_data=point_data,
            overwrite=overwrite,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_skill_point_info_request.additional_properties = additional_properties
        return course_skill_point_info_request

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
