from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserGroupAccessRequest")


@_attrs_define
class UserGroupAccessRequest:
    """ModelSerializer for user group access policies"""

    platform_key: str
    """ Platform key where the groups exist """
    user_id: int
    """ ID of the user to manage group access for """
    groups_to_add: list[int] | Unset = UNSET
    """ List of group IDs to grant access to """
    groups_to_remove: list[int] | Unset = UNSET
    """ List of group IDs to revoke access from """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        user_id = self.user_id

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
            }
        )
        if groups_to_add is not UNSET:
            field_dict["groups_to_add"] = groups_to_add
        if groups_to_remove is not UNSET:
            field_dict["groups_to_remove"] = groups_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        _groups_to_add = d.pop("groups_to_add", UNSET)
        groups_to_add: list[int] | Unset = UNSET
        if _groups_to_add is not UNSET:
            if not isinstance(_groups_to_add, list):
                raise FieldError("groups_to_add", "an array", _groups_to_add)
            groups_to_add = []
            for _groups_to_add_index, groups_to_add_item_data in enumerate(_groups_to_add):
                try:
                    groups_to_add_item = groups_to_add_item_data
                    if (
                        not isinstance(groups_to_add_item, int)
                        or groups_to_add_item is True
                        or groups_to_add_item is False
                    ):
                        raise FieldError("groups_to_add_item", "an integer", groups_to_add_item)

                except PARSE_ERRORS as _groups_to_add_error:
                    raise within(
                        ("groups_to_add", _groups_to_add_index),
                        _groups_to_add_error,
                        "groups_to_add_item",
                    ) from _groups_to_add_error
                groups_to_add.append(groups_to_add_item)

        _groups_to_remove = d.pop("groups_to_remove", UNSET)
        groups_to_remove: list[int] | Unset = UNSET
        if _groups_to_remove is not UNSET:
            if not isinstance(_groups_to_remove, list):
                raise FieldError("groups_to_remove", "an array", _groups_to_remove)
            groups_to_remove = []
            for _groups_to_remove_index, groups_to_remove_item_data in enumerate(_groups_to_remove):
                try:
                    groups_to_remove_item = groups_to_remove_item_data
                    if (
                        not isinstance(groups_to_remove_item, int)
                        or groups_to_remove_item is True
                        or groups_to_remove_item is False
                    ):
                        raise FieldError(
                            "groups_to_remove_item", "an integer", groups_to_remove_item
                        )

                except PARSE_ERRORS as _groups_to_remove_error:
                    raise within(
                        ("groups_to_remove", _groups_to_remove_index),
                        _groups_to_remove_error,
                        "groups_to_remove_item",
                    ) from _groups_to_remove_error
                groups_to_remove.append(groups_to_remove_item)

        user_group_access_request = cls(
            platform_key=platform_key,
            user_id=user_id,
            groups_to_add=groups_to_add,
            groups_to_remove=groups_to_remove,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_group_access_request.additional_properties = additional_properties
        return user_group_access_request

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
