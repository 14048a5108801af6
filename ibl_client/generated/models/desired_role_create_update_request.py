from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.desired_role_create_update_request_roles_item import (
        DesiredRoleCreateUpdateRequestRolesItem,
    )


T = TypeVar("T", bound="DesiredRoleCreateUpdateRequest")


@_attrs_define
class DesiredRoleCreateUpdateRequest:
    """Serializer for desired role creation/update request parameters."""

    roles: list[DesiredRoleCreateUpdateRequestRolesItem]
    """ List of roles (can be role IDs or objects with name, platform_key, etc.) """
    user_id: int | Unset = UNSET
    """ User ID """
    username: str | Unset = UNSET
    """ Username """
    data: Any | Unset = UNSET
    """ Additional data """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        user_id = self.user_id

        username = self.username

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roles": roles,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.desired_role_create_update_request_roles_item import (
            DesiredRoleCreateUpdateRequestRolesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = DesiredRoleCreateUpdateRequestRolesItem.from_dict(roles_item_data)

            roles.append(roles_item)

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (int, Unset)) or user_id is True or user_id is False:
            raise TypeError(f"user_id: expected an integer, got {type(user_id).__name__}")

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        data = d.pop("data", UNSET)

        desired_role_create_update_request = cls(
            roles=roles,
            user_id=user_id,
            username=username,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        desired_role_create_update_request.additional_properties = additional_properties
        return desired_role_create_update_request

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
