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
    from ..models.blank_course_invitation_create_metadata import BlankCourseInvitationCreateMetadata


T = TypeVar("T", bound="BlankCourseInvitationCreate")


@_attrs_define
class BlankCourseInvitationCreate:
    """Request serializer for BlankCourseInvitationView POST endpoint"""

    course_id: str
    """ The course to create invitations for """
    source: str
    """ The source identifier for the invitations """
    count: int
    """ The number of blank invitations to create """
    metadata: BlankCourseInvitationCreateMetadata | Unset = UNSET
    """ Additional metadata for the invitations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        source = self.source

        count = self.count

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "source": source,
                "count": count,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blank_course_invitation_create_metadata import (
            BlankCourseInvitationCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        source = d.pop("source")
        if not isinstance(source, str):
            raise FieldError("source", "a string", source)

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        _metadata = d.pop("metadata", UNSET)
        metadata: BlankCourseInvitationCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", BlankCourseInvitationCreateMetadata, _metadata)

        blank_course_invitation_create = cls(
            course_id=course_id,
            source=source,
            count=count,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        blank_course_invitation_create.additional_properties = additional_properties
        return blank_course_invitation_create

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
