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
    from ..models.user_license_assignment_create_metadata import UserLicenseAssignmentCreateMetadata


T = TypeVar("T", bound="UserLicenseAssignmentCreate")


@_attrs_define
class UserLicenseAssignmentCreate:
    """Request serializer for UserLicenseAssignmentView POST endpoint"""

    license_id: int
    """ The ID of the user license """
    user_id: int | Unset = UNSET
    """ The user ID to assign the license to """
    email: str | Unset = UNSET
    """ The email to assign the license to """
    platform_key: str | Unset = UNSET
    """ The unique identifier for the platform """
    platform_org: str | Unset = UNSET
    """ The organization identifier for the platform """
    active: bool | Unset = UNSET
    """ Whether the assignment is active """
    fulfilled: bool | Unset = UNSET
    """ Whether the assignment has been fulfilled """
    metadata: UserLicenseAssignmentCreateMetadata | Unset = UNSET
    """ Additional metadata for the assignment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_id = self.license_id

        user_id = self.user_id

        email = self.email

        platform_key = self.platform_key

        platform_org = self.platform_org

        active = self.active

        fulfilled = self.fulfilled

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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_license_assignment_create_metadata import (
            UserLicenseAssignmentCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        license_id = d.pop("license_id")
        if not isinstance(license_id, int) or license_id is True or license_id is False:
            raise FieldError("license_id", "an integer", license_id)

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (int, Unset)) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

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

        _metadata = d.pop("metadata", UNSET)
        metadata: UserLicenseAssignmentCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", UserLicenseAssignmentCreateMetadata, _metadata)

        user_license_assignment_create = cls(
            license_id=license_id,
            user_id=user_id,
            email=email,
            platform_key=platform_key,
            platform_org=platform_org,
            active=active,
            fulfilled=fulfilled,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_license_assignment_create.additional_properties = additional_properties
        return user_license_assignment_create

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
