from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_group_access_info import UserGroupAccessInfo


T = TypeVar("T", bound="UserGroupAccess")


@_attrs_define
class UserGroupAccess:
    """ModelSerializer for user group access policies"""

    platform_key: str
    """ Platform key where the groups exist """
    user_id: int
    """ ID of the user to manage group access for """
    policy_id: int
    """ Policy ID """
    policy_name: str
    """ Policy name """
    groups_with_access: list[UserGroupAccessInfo]
    """ Groups with access """
    groups_to_add: list[int] | Unset = UNSET
    """ List of group IDs to grant access to """
    groups_to_remove: list[int] | Unset = UNSET
    """ List of group IDs to revoke access from """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        user_id = self.user_id

        policy_id = self.policy_id

        policy_name = self.policy_name

        groups_with_access = []
        for groups_with_access_item_data in self.groups_with_access:
            groups_with_access_item = groups_with_access_item_data.to_dict()
            groups_with_access.append(groups_with_access_item)

        groups_to_add: list[int] | Unset = UNSET
        if not isinstance(self.groups_to_add, Unset):
            groups_to_add = self.groups_to_add

        groups_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.groups_to_remove, Unset):
            groups_to_remove = self.groups_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "user_id": user_id,
                "policy_id": policy_id,
                "policy_name": policy_name,
                "groups_with_access": groups_with_access,
            }
        )
        if groups_to_add is not UNSET:
            field_dict["groups_to_add"] = groups_to_add
        if groups_to_remove is not UNSET:
            field_dict["groups_to_remove"] = groups_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_group_access_info import UserGroupAccessInfo  # noqa: PLC0415

        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise TypeError(f"user_id: expected an integer, got {type(user_id).__name__}")

        policy_id = d.pop("policy_id")
        if not isinstance(policy_id, int) or policy_id is True or policy_id is False:
            raise TypeError(f"policy_id: expected an integer, got {type(policy_id).__name__}")

        policy_name = d.pop("policy_name")
        if not isinstance(policy_name, str):
            raise TypeError(f"policy_name: expected a string, got {type(policy_name).__name__}")

        groups_with_access = []
        _groups_with_access = d.pop("groups_with_access")
        for groups_with_access_item_data in _groups_with_access:
            groups_with_access_item = UserGroupAccessInfo.from_dict(groups_with_access_item_data)

            groups_with_access.append(groups_with_access_item)

        _groups_to_add = d.pop("groups_to_add", UNSET)
        groups_to_add: list[int] | Unset = UNSET
        if _groups_to_add is not UNSET:
            groups_to_add = []
            for groups_to_add_item_data in _groups_to_add:
                groups_to_add_item = groups_to_add_item_data
                if (
                    not isinstance(groups_to_add_item, int)
                    or groups_to_add_item is True
                    or groups_to_add_item is False
                ):
                    raise TypeError(
                        f"groups_to_add_item: expected an integer, got {type(groups_to_add_item).__name__}"
                    )

                groups_to_add.append(groups_to_add_item)

        _groups_to_remove = d.pop("groups_to_remove", UNSET)
        groups_to_remove: list[int] | Unset = UNSET
        if _groups_to_remove is not UNSET:
            groups_to_remove = []
            for groups_to_remove_item_data in _groups_to_remove:
                groups_to_remove_item = groups_to_remove_item_data
                if (
                    not isinstance(groups_to_remove_item, int)
                    or groups_to_remove_item is True
                    or groups_to_remove_item is False
                ):
                    raise TypeError(
                        f"groups_to_remove_item: expected an integer, got {type(groups_to_remove_item).__name__}"
                    )

                groups_to_remove.append(groups_to_remove_item)

        user_group_access = cls(
            platform_key=platform_key,
            user_id=user_id,
            policy_id=policy_id,
            policy_name=policy_name,
            groups_with_access=groups_with_access,
            groups_to_add=groups_to_add,
            groups_to_remove=groups_to_remove,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_group_access.additional_properties = additional_properties
        return user_group_access

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
