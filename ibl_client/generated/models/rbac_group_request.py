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

T = TypeVar("T", bound="RbacGroupRequest")


@_attrs_define
class RbacGroupRequest:
    """Serializer for RBAC groups."""

    unique_id: str
    """ The unique identifier for the group """
    platform_key: str
    """ The platform key """
    name: str | Unset = UNSET
    """ Optional name of the group """
    description: str | Unset = UNSET
    """ Optional group description """
    users_to_add: list[int] | Unset = UNSET
    """ List of user IDs to add to this group """
    users_to_remove: list[int] | Unset = UNSET
    """ List of user IDs to remove from this group """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = self.unique_id

        platform_key = self.platform_key

        name = self.name

        description = self.description

        users_to_add: list[int] | Unset = UNSET
        if not isinstance(self.users_to_add, Unset):
            users_to_add = self.users_to_add

        users_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.users_to_remove, Unset):
            users_to_remove = self.users_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unique_id": unique_id,
                "platform_key": platform_key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if users_to_add is not UNSET:
            field_dict["users_to_add"] = users_to_add
        if users_to_remove is not UNSET:
            field_dict["users_to_remove"] = users_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unique_id = d.pop("unique_id")
        if not isinstance(unique_id, str):
            raise FieldError("unique_id", "a string", unique_id)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        _users_to_add = d.pop("users_to_add", UNSET)
        users_to_add: list[int] | Unset = UNSET
        if _users_to_add is not UNSET:
            if not isinstance(_users_to_add, list):
                raise FieldError("users_to_add", "an array", _users_to_add)
            users_to_add = []
            for _users_to_add_index, users_to_add_item_data in enumerate(_users_to_add):
                try:
                    users_to_add_item = users_to_add_item_data
                    if (
                        not isinstance(users_to_add_item, int)
                        or users_to_add_item is True
                        or users_to_add_item is False
                    ):
                        raise FieldError("users_to_add_item", "an integer", users_to_add_item)

                except PARSE_ERRORS as _users_to_add_error:
                    raise within(
                        ("users_to_add", _users_to_add_index),
                        _users_to_add_error,
                        "users_to_add_item",
                    ) from _users_to_add_error
                users_to_add.append(users_to_add_item)

        _users_to_remove = d.pop("users_to_remove", UNSET)
        users_to_remove: list[int] | Unset = UNSET
        if _users_to_remove is not UNSET:
            if not isinstance(_users_to_remove, list):
                raise FieldError("users_to_remove", "an array", _users_to_remove)
            users_to_remove = []
            for _users_to_remove_index, users_to_remove_item_data in enumerate(_users_to_remove):
                try:
                    users_to_remove_item = users_to_remove_item_data
                    if (
                        not isinstance(users_to_remove_item, int)
                        or users_to_remove_item is True
                        or users_to_remove_item is False
                    ):
                        raise FieldError("users_to_remove_item", "an integer", users_to_remove_item)

                except PARSE_ERRORS as _users_to_remove_error:
                    raise within(
                        ("users_to_remove", _users_to_remove_index),
                        _users_to_remove_error,
                        "users_to_remove_item",
                    ) from _users_to_remove_error
                users_to_remove.append(users_to_remove_item)

        rbac_group_request = cls(
            unique_id=unique_id,
            platform_key=platform_key,
            name=name,
            description=description,
            users_to_add=users_to_add,
            users_to_remove=users_to_remove,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        rbac_group_request.additional_properties = additional_properties
        return rbac_group_request

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
