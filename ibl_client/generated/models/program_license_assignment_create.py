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
    from ..models.program_license_assignment_create_metadata import (
        ProgramLicenseAssignmentCreateMetadata,
    )


T = TypeVar("T", bound="ProgramLicenseAssignmentCreate")


@_attrs_define
class ProgramLicenseAssignmentCreate:
    """Request serializer for ProgramLicenseAssignmentView POST endpoint.

    This serializer validates the request data for creating or updating a program license assignment. Either user_id or
    email must be provided to identify the user to assign the license to.

    Fields:
    license_id: The ID of the program license to assign
    user_id: The user ID to assign the license to (required if email not provided)
    username: The username to assign the license to (alternative to user_id)
    email: The email to assign the license to (required if user_id not provided)
    platform_key: The unique identifier for the platform (for permission validation)
    platform_org: The organization identifier for the platform (for permission validation)
    active: Whether the assignment should be active
    fulfilled: Whether the assignment should be marked as fulfilled
    direct: Whether the assignment is being directly assigned to the user
    redirect_to: URL to redirect to after fulfillment
    metadata: Additional metadata for the assignment

    Notes:
    - If both user_id and email are provided, user_id takes precedence
    - If the user doesn't exist but email is provided, an email-only assignment will be created
    - The license must have available seats for the assignment to succeed

    """

    license_id: int
    """ The ID of the program license to assign """
    user_id: int | Unset = UNSET
    """ The user ID to assign the license to (required if email not provided) """
    username: str | Unset = UNSET
    """ The username to assign the license to (alternative to user_id) """
    email: str | Unset = UNSET
    """ The email to assign the license to (required if user_id not provided) """
    platform_key: str | Unset = UNSET
    """ The unique identifier for the platform (for permission validation) """
    platform_org: str | Unset = UNSET
    """ The organization identifier for the platform (for permission validation) """
    active: bool | Unset = UNSET
    """ Whether the assignment should be active """
    fulfilled: bool | Unset = UNSET
    """ Whether the assignment should be marked as fulfilled """
    direct: bool | Unset = UNSET
    """ Whether the assignment is being directly assigned to the user """
    redirect_to: None | str | Unset = UNSET
    """ URL to redirect to after fulfillment """
    metadata: ProgramLicenseAssignmentCreateMetadata | Unset = UNSET
    """ Additional metadata for the assignment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_id = self.license_id

        user_id = self.user_id

        username = self.username

        email = self.email

        platform_key = self.platform_key

        platform_org = self.platform_org

        active = self.active

        fulfilled = self.fulfilled

        direct = self.direct

        redirect_to: None | str | Unset
        if isinstance(self.redirect_to, Unset):
            redirect_to = UNSET
        else:
            redirect_to = self.redirect_to

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "license_id": license_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if active is not UNSET:
            field_dict["active"] = active
        if fulfilled is not UNSET:
            field_dict["fulfilled"] = fulfilled
        if direct is not UNSET:
            field_dict["direct"] = direct
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_license_assignment_create_metadata import (
            ProgramLicenseAssignmentCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        license_id = d.pop("license_id")
        if not isinstance(license_id, int) or license_id is True or license_id is False:
            raise FieldError("license_id", "an integer", license_id)

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (int, Unset)) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise FieldError("email", "a string", email)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        platform_org = d.pop("platform_org", UNSET)
        if not isinstance(platform_org, (str, Unset)):
            raise FieldError("platform_org", "a string", platform_org)

        active = d.pop("active", UNSET)
        if not isinstance(active, (bool, Unset)):
            raise FieldError("active", "a boolean", active)

        fulfilled = d.pop("fulfilled", UNSET)
        if not isinstance(fulfilled, (bool, Unset)):
            raise FieldError("fulfilled", "a boolean", fulfilled)

        direct = d.pop("direct", UNSET)
        if not isinstance(direct, (bool, Unset)):
            raise FieldError("direct", "a boolean", direct)

        def _parse_redirect_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("redirect_to", "a string or null", data)

        redirect_to = _parse_redirect_to(d.pop("redirect_to", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ProgramLicenseAssignmentCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", ProgramLicenseAssignmentCreateMetadata, _metadata)

        program_license_assignment_create = cls(
            license_id=license_id,
            user_id=user_id,
            username=username,
            email=email,
            platform_key=platform_key,
            platform_org=platform_org,
            active=active,
            fulfilled=fulfilled,
            direct=direct,
            redirect_to=redirect_to,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_license_assignment_create.additional_properties = additional_properties
        return program_license_assignment_create

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
