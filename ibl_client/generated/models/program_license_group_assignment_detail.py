from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    parse_datetime,
    within,
)

if TYPE_CHECKING:
    from ..models.program_license_group_assignment_detail_metadata_type_0 import (
        ProgramLicenseGroupAssignmentDetailMetadataType0,
    )


T = TypeVar("T", bound="ProgramLicenseGroupAssignmentDetail")


@_attrs_define
class ProgramLicenseGroupAssignmentDetail:
    """Response serializer for program license group assignment details.

    This serializer represents a program license group assignment with all its attributes, including group information,
    license details, and assignment status.

    Fields:
    id: The unique identifier for the group assignment
    group_id: The ID of the group assigned the license
    group_name: The name of the group assigned the license
    active: Whether the group assignment is active and valid
    fulfilled: Whether the group assignment has been processed/fulfilled
    redirect_to: URL to redirect to after fulfillment
    metadata: Additional metadata for the group assignment
    created: When the group assignment was created
    modified: When the group assignment was last modified
    license_id: The ID of the program license
    license_name: The name of the program license
    program_key: The program key associated with the license
    program_name: The name of the program associated with the license
    user_count: Number of users in the group
    assigned_count: Number of users in the group who have been assigned the license

    """

    id: int
    """ The unique identifier for the assignment """
    group_id: int
    """ The ID of the group assigned the license """
    group_name: str
    """ The name of the group assigned the license """
    active: bool
    """ Whether the assignment is active and valid """
    fulfilled: bool
    """ Whether the assignment has been processed/fulfilled """
    redirect_to: None | str
    """ URL to redirect to after fulfillment """
    metadata: None | ProgramLicenseGroupAssignmentDetailMetadataType0
    """ Additional metadata for the assignment """
    created: datetime.datetime
    """ When the assignment was created """
    modified: datetime.datetime
    """ When the assignment was last modified """
    license_id: int
    """ The ID of the program license """
    license_name: str
    """ The name of the program license """
    program_key: str
    """ The program key associated with the license """
    program_name: str
    """ The name of the program associated with the license """
    user_count: int
    """ Number of users in the group """
    assigned_count: int
    """ Number of users in the group who have been assigned the license """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.program_license_group_assignment_detail_metadata_type_0 import (
            ProgramLicenseGroupAssignmentDetailMetadataType0,  # noqa: PLC0415
        )

        id = self.id

        group_id = self.group_id

        group_name = self.group_name

        active = self.active

        fulfilled = self.fulfilled

        redirect_to: None | str
        redirect_to = self.redirect_to

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, ProgramLicenseGroupAssignmentDetailMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        license_id = self.license_id

        license_name = self.license_name

        program_key = self.program_key

        program_name = self.program_name

        user_count = self.user_count

        assigned_count = self.assigned_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "group_id": group_id,
                "group_name": group_name,
                "active": active,
                "fulfilled": fulfilled,
                "redirect_to": redirect_to,
                "metadata": metadata,
                "created": created,
                "modified": modified,
                "license_id": license_id,
                "license_name": license_name,
                "program_key": program_key,
                "program_name": program_name,
                "user_count": user_count,
                "assigned_count": assigned_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_license_group_assignment_detail_metadata_type_0 import (
            ProgramLicenseGroupAssignmentDetailMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        group_id = d.pop("group_id")
        if not isinstance(group_id, int) or group_id is True or group_id is False:
            raise FieldError("group_id", "an integer", group_id)

        group_name = d.pop("group_name")
        if not isinstance(group_name, str):
            raise FieldError("group_name", "a string", group_name)

        active = d.pop("active")
        if not isinstance(active, bool):
            raise FieldError("active", "a boolean", active)

        fulfilled = d.pop("fulfilled")
        if not isinstance(fulfilled, bool):
            raise FieldError("fulfilled", "a boolean", fulfilled)

        def _parse_redirect_to(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("redirect_to", "a string or null", data)

        redirect_to = _parse_redirect_to(d.pop("redirect_to"))

        def _parse_metadata(
            data: object,
        ) -> None | ProgramLicenseGroupAssignmentDetailMetadataType0:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, dict):
                try:
                    metadata_type_0 = nested(
                        "metadata_type_0", ProgramLicenseGroupAssignmentDetailMetadataType0, data
                    )

                    return metadata_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("metadata", member_error, "metadata_type_0"))
            if error is not None:
                raise error
            raise FieldError(
                "metadata",
                "an object (ProgramLicenseGroupAssignmentDetailMetadataType0) or null",
                data,
            )

        metadata = _parse_metadata(d.pop("metadata"))

        created = parse_datetime("created", d.pop("created"))

        modified = parse_datetime("modified", d.pop("modified"))

        license_id = d.pop("license_id")
        if not isinstance(license_id, int) or license_id is True or license_id is False:
            raise FieldError("license_id", "an integer", license_id)

        license_name = d.pop("license_name")
        if not isinstance(license_name, str):
            raise FieldError("license_name", "a string", license_name)

        program_key = d.pop("program_key")
        if not isinstance(program_key, str):
            raise FieldError("program_key", "a string", program_key)

        program_name = d.pop("program_name")
        if not isinstance(program_name, str):
            raise FieldError("program_name", "a string", program_name)

        user_count = d.pop("user_count")
        if not isinstance(user_count, int) or user_count is True or user_count is False:
            raise FieldError("user_count", "an integer", user_count)

        assigned_count = d.pop("assigned_count")
        if not isinstance(assigned_count, int) or assigned_count is True or assigned_count is False:
            raise FieldError("assigned_count", "an integer", assigned_count)

        program_license_group_assignment_detail = cls(
            id=id,
            group_id=group_id,
            group_name=group_name,
            active=active,
            fulfilled=fulfilled,
            redirect_to=redirect_to,
            metadata=metadata,
            created=created,
            modified=modified,
            license_id=license_id,
            license_name=license_name,
            program_key=program_key,
            program_name=program_name,
            user_count=user_count,
            assigned_count=assigned_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_license_group_assignment_detail.additional_properties = additional_properties
        return program_license_group_assignment_detail

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
