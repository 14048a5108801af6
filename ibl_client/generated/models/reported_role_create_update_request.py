from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reported_role_create_update_request_roles_item import (
        ReportedRoleCreateUpdateRequestRolesItem,
    )


T = TypeVar("T", bound="ReportedRoleCreateUpdateRequest")


@_attrs_define
class ReportedRoleCreateUpdateRequest:
    """Serializer for reported role creation/update request parameters."""

    roles: list[ReportedRoleCreateUpdateRequestRolesItem]
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
        from ..models.reported_role_create_update_request_roles_item import (
            ReportedRoleCreateUpdateRequestRolesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _roles = d.pop("roles")
        if not isinstance(_roles, list):
            raise FieldError("roles", "an array", _roles)
        roles = []
        for _roles_index, roles_item_data in enumerate(_roles):
            try:
                roles_item = nested(
                    "roles_item", ReportedRoleCreateUpdateRequestRolesItem, roles_item_data
                )

            except PARSE_ERRORS as _roles_error:
                raise within(("roles", _roles_index), _roles_error, "roles_item") from _roles_error
            roles.append(roles_item)

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (int, Unset)) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        data = d.pop("data", UNSET)

        reported_role_create_update_request = cls(
            roles=roles,
            user_id=user_id,
            username=username,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        reported_role_create_update_request.additional_properties = additional_properties
        return reported_role_create_update_request

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
