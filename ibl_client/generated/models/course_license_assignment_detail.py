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
    from ..models.course_license_assignment_detail_metadata import (
        CourseLicenseAssignmentDetailMetadata,
    )


T = TypeVar("T", bound="CourseLicenseAssignmentDetail")


@_attrs_define
class CourseLicenseAssignmentDetail:
    """Response serializer for course license assignment details"""

    id: int
    """ The unique identifier for the assignment """
    user_id: int
    """ The ID of the user assigned the license """
    username: str
    """ The username of the user assigned the license """
    email: None | str
    """ The email address of the user assigned the license """
    active: bool
    """ Whether the assignment is active """
    metadata: CourseLicenseAssignmentDetailMetadata
    """ Additional metadata for the assignment """
    license_id: int
    """ The ID of the course license """
    license_name: str
    """ The name of the course license """
    course_id: str
    """ The course ID associated with the license """
    fulfilled: bool | Unset = UNSET
    """ Whether the assignment has been fulfilled """
    redirect_to: None | str | Unset = UNSET
    """ URL to redirect to after fulfillment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        username = self.username

        email: None | str
        email = self.email

        active = self.active

        metadata = self.metadata.to_dict()

        license_id = self.license_id

        license_name = self.license_name

        course_id = self.course_id

        fulfilled = self.fulfilled

        redirect_to: None | str | Unset
        if isinstance(self.redirect_to, Unset):
            redirect_to = UNSET
        else:
            redirect_to = self.redirect_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "username": username,
                "email": email,
                "active": active,
                "metadata": metadata,
                "license_id": license_id,
                "license_name": license_name,
                "course_id": course_id,
            }
        )
        if fulfilled is not UNSET:
            field_dict["fulfilled"] = fulfilled
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_license_assignment_detail_metadata import (
            CourseLicenseAssignmentDetailMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("email", "a string or null", data)

        email = _parse_email(d.pop("email"))

        active = d.pop("active")
        if not isinstance(active, bool):
            raise FieldError("active", "a boolean", active)

        metadata = nested("metadata", CourseLicenseAssignmentDetailMetadata, d.pop("metadata"))

        license_id = d.pop("license_id")
        if not isinstance(license_id, int) or license_id is True or license_id is False:
            raise FieldError("license_id", "an integer", license_id)

        license_name = d.pop("license_name")
        if not isinstance(license_name, str):
            raise FieldError("license_name", "a string", license_name)

        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

        fulfilled = d.pop("fulfilled", UNSET)
        if not isinstance(fulfilled, (bool, Unset)):
            raise FieldError("fulfilled", "a boolean", fulfilled)

        def _parse_redirect_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("redirect_to", "a string or null", data)

        redirect_to = _parse_redirect_to(d.pop("redirect_to", UNSET))

        course_license_assignment_detail = cls(
            id=id,
            user_id=user_id,
            username=username,
            email=email,
            active=active,
            metadata=metadata,
            license_id=license_id,
            license_name=license_name,
            course_id=course_id,
            fulfilled=fulfilled,
            redirect_to=redirect_to,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_license_assignment_detail.additional_properties = additional_properties
        return course_license_assignment_detail

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
