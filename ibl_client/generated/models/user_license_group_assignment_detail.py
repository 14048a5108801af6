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
    from ..models.user_license_group_assignment_detail_metadata import (
        UserLicenseGroupAssignmentDetailMetadata,
    )


T = TypeVar("T", bound="UserLicenseGroupAssignmentDetail")


@_attrs_define
class UserLicenseGroupAssignmentDetail:
    """Response serializer for user license group assignment details"""

    id: int
    """ The unique identifier for the assignment """
    group_id: int
    """ The ID of the group assigned the license """
    group_name: str
    """ The name of the group assigned the license """
    active: bool
    """ Whether the assignment is active """
    metadata: UserLicenseGroupAssignmentDetailMetadata
    """ Additional metadata for the assignment """
    license_id: int
    """ The ID of the user license """
    license_name: str
    """ The name of the user license """
    platform_key: str
    """ The platform key associated with the license """
    fulfilled: bool | Unset = UNSET
    """ Whether the assignment has been fulfilled """
    redirect_to: None | str | Unset = UNSET
    """ URL to redirect to after fulfillment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_id = self.group_id

        group_name = self.group_name

        active = self.active

        metadata = self.metadata.to_dict()

        license_id = self.license_id

        license_name = self.license_name

        platform_key = self.platform_key

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
                "group_id": group_id,
                "group_name": group_name,
                "active": active,
                "metadata": metadata,
                "license_id": license_id,
                "license_name": license_name,
                "platform_key": platform_key,
            }
        )
        if fulfilled is not UNSET:
            field_dict["fulfilled"] = fulfilled
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_license_group_assignment_detail_metadata import (
            UserLicenseGroupAssignmentDetailMetadata,  # noqa: PLC0415
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

        metadata = nested("metadata", UserLicenseGroupAssignmentDetailMetadata, d.pop("metadata"))

        license_id = d.pop("license_id")
        if not isinstance(license_id, int) or license_id is True or license_id is False:
            raise FieldError("license_id", "an integer", license_id)

        license_name = d.pop("license_name")
        if not isinstance(license_name, str):
            raise FieldError("license_name", "a string", license_name)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

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

        user_license_group_assignment_detail = cls(
            id=id,
            group_id=group_id,
            group_name=group_name,
            active=active,
            metadata=metadata,
            license_id=license_id,
            license_name=license_name,
            platform_key=platform_key,
            fulfilled=fulfilled,
            redirect_to=redirect_to,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_license_group_assignment_detail.additional_properties = additional_properties
        return user_license_group_assignment_detail

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
