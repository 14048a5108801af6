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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_license_assignment_detail_metadata_type_0 import (
        ProgramLicenseAssignmentDetailMetadataType0,
    )


T = TypeVar("T", bound="ProgramLicenseAssignmentDetail")


@_attrs_define
class ProgramLicenseAssignmentDetail:
    """Response serializer for program license assignment details.

    This serializer represents a program license assignment with all its attributes, including user information, license
    details, and assignment status.

    Fields:
    id: The unique identifier for the assignment
    user_id: The ID of the user assigned the license (may be null for email-only assignments)
    username: The username of the user assigned the license (may be null for email-only assignments)
    name: The full name of the user assigned the license (may be null for email-only assignments)
    email: The email address of the user assigned the license (may be null for user-only assignments)
    active: Whether the assignment is active and valid
    fulfilled: Whether the assignment has been processed/fulfilled
    direct: Whether the assignment was directly assigned to the user (vs. via a group)
    redirect_to: URL to redirect to after fulfillment
    metadata: Additional metadata for the assignment
    created: When the assignment was created
    modified: When the assignment was last modified
    license_id: The ID of the program license
    license_name: The name of the program license
    program_key: The program key associated with the license

    """

    id: int
    """ The unique identifier for the assignment """
    user_id: int | None
    """ The ID of the user assigned the license """
    username: None | str
    """ The username of the user assigned the license """
    name: None | str
    """ The full name of the user assigned the license """
    email: None | str
    """ The email address of the user assigned the license """
    active: bool
    """ Whether the assignment is active and valid """
    fulfilled: bool
    """ Whether the assignment has been processed/fulfilled """
    metadata: None | ProgramLicenseAssignmentDetailMetadataType0
    """ Additional metadata for the assignment """
    license_id: int
    """ The ID of the program license """
    license_name: str
    """ The name of the program license """
    program_key: str
    """ The program key associated with the license """
    direct: bool | Unset = UNSET
    """ Whether the assignment was directly assigned to the user (vs. via a group) """
    redirect_to: str | Unset = UNSET
    """ URL to redirect to after fulfillment """
    created: datetime.datetime | Unset = UNSET
    """ When the assignment was created """
    modified: datetime.datetime | Unset = UNSET
    """ When the assignment was last modified """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.program_license_assignment_detail_metadata_type_0 import (
            ProgramLicenseAssignmentDetailMetadataType0,  # noqa: PLC0415
        )

        id = self.id

        user_id: int | None
        user_id = self.user_id

        username: None | str
        username = self.username

        name: None | str
        name = self.name

        email: None | str
        email = self.email

        active = self.active

        fulfilled = self.fulfilled

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, ProgramLicenseAssignmentDetailMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        license_id = self.license_id

        license_name = self.license_name

        program_key = self.program_key

        direct = self.direct

        redirect_to = self.redirect_to

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "username": username,
                "name": name,
                "email": email,
                "active": active,
                "fulfilled": fulfilled,
                "metadata": metadata,
                "license_id": license_id,
                "license_name": license_name,
                "program_key": program_key,
            }
        )
        if direct is not UNSET:
            field_dict["direct"] = direct
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_license_assignment_detail_metadata_type_0 import (
            ProgramLicenseAssignmentDetailMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("user_id", "an integer or null", data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("username", "a string or null", data)

        username = _parse_username(d.pop("username"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name"))

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

        fulfilled = d.pop("fulfilled")
        if not isinstance(fulfilled, bool):
            raise FieldError("fulfilled", "a boolean", fulfilled)

        def _parse_metadata(data: object) -> None | ProgramLicenseAssignmentDetailMetadataType0:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, dict):
                try:
                    metadata_type_0 = nested(
                        "metadata_type_0", ProgramLicenseAssignmentDetailMetadataType0, data
                    )

                    return metadata_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("metadata", member_error, "metadata_type_0"))
            if error is not None:
                raise error
            raise FieldError(
                "metadata", "an object (ProgramLicenseAssignmentDetailMetadataType0) or null", data
            )

        metadata = _parse_metadata(d.pop("metadata"))

        license_id = d.pop("license_id")
        if not isinstance(license_id, int) or license_id is True or license_id is False:
            raise FieldError("license_id", "an integer", license_id)

        license_name = d.pop("license_name")
        if not isinstance(license_name, str):
            raise FieldError("license_name", "a string", license_name)

        program_key = d.pop("program_key")
        if not isinstance(program_key, str):
            raise FieldError("program_key", "a string", program_key)

        direct = d.pop("direct", UNSET)
        if not isinstance(direct, (bool, Unset)):
            raise FieldError("direct", "a boolean", direct)

        redirect_to = d.pop("redirect_to", UNSET)
        if not isinstance(redirect_to, (str, Unset)):
            raise FieldError("redirect_to", "a string", redirect_to)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = parse_datetime("created", _created)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = parse_datetime("modified", _modified)

        program_license_assignment_detail = cls(
            id=id,
            user_id=user_id,
            username=username,
            name=name,
            email=email,
            active=active,
            fulfilled=fulfilled,
            metadata=metadata,
            license_id=license_id,
            license_name=license_name,
            program_key=program_key,
            direct=direct,
            redirect_to=redirect_to,
            created=created,
            modified=modified,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_license_assignment_detail.additional_properties = additional_properties
        return program_license_assignment_detail

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
