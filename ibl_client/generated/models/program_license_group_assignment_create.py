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
    from ..models.program_license_group_assignment_create_metadata import (
        ProgramLicenseGroupAssignmentCreateMetadata,
    )


T = TypeVar("T", bound="ProgramLicenseGroupAssignmentCreate")


@_attrs_define
class ProgramLicenseGroupAssignmentCreate:
    """Request serializer for ProgramLicenseGroupAssignmentView POST endpoint.

    This serializer validates the request data for creating or updating a program license group assignment. Group
    assignments will automatically create individual assignments for all users in the group.

    Fields:
    license_id: The ID of the program license to assign
    group_id: The ID of the user group to assign the license to
    platform_key: The unique identifier for the platform (for permission validation)
    platform_org: The organization identifier for the platform (for permission validation)
    active: Whether the group assignment should be active
    fulfilled: Whether the group assignment should be marked as fulfilled
    redirect_to: URL to redirect to after fulfillment
    metadata: Additional metadata for the group assignment

    Notes:
    - All users in the group will receive individual license assignments
    - The license must have enough available seats for all users in the group
    - If the license doesn't have enough seats, the operation will fail
    - Users who already have a direct assignment to this license will not be affected

    """

    license_id: int
    """ The ID of the program license to assign """
    group_id: int
    """ The ID of the user group to assign the license to """
    platform_key: str | Unset = UNSET
    """ The unique identifier for the platform (for permission validation) """
    platform_org: str | Unset = UNSET
    """ The organization identifier for the platform (for permission validation) """
    active: bool | Unset = UNSET
    """ Whether the group assignment should be active """
    fulfilled: bool | Unset = UNSET
    """ Whether the group assignment should be marked as fulfilled """
    redirect_to: None | str | Unset = UNSET
    """ URL to redirect to after fulfillment """
    metadata: ProgramLicenseGroupAssignmentCreateMetadata | Unset = UNSET
    """ Additional metadata for the group assignment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_id = self.license_id

        group_id = self.group_id

        platform_key = self.platform_key

        platform_org = self.platform_org

        active = self.active

        fulfilled = self.fulfilled

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
                "group_id": group_id,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if active is not UNSET:
            field_dict["active"] = active
        if fulfilled is not UNSET:
            field_dict["fulfilled"] = fulfilled
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_license_group_assignment_create_metadata import (
            ProgramLicenseGroupAssignmentCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        license_id = d.pop("license_id")
        if not isinstance(license_id, int) or license_id is True or license_id is False:
            raise FieldError("license_id", "an integer", license_id)

        group_id = d.pop("group_id")
        if not isinstance(group_id, int) or group_id is True or group_id is False:
            raise FieldError("group_id", "an integer", group_id)

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
        metadata: ProgramLicenseGroupAssignmentCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = nested("metadata", ProgramLicenseGroupAssignmentCreateMetadata, _metadata)

        program_license_group_assignment_create = cls(
            license_id=license_id,
            group_id=group_id,
            platform_key=platform_key,
            platform_org=platform_org,
            active=active,
            fulfilled=fulfilled,
            redirect_to=redirect_to,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_license_group_assignment_create.additional_properties = additional_properties
        return program_license_group_assignment_create

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
