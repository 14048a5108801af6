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
    from ..models.rbac_platform import RbacPlatform
    from ..models.rbac_user import RbacUser


T = TypeVar("T", bound="PatchedRbacGroup")


@_attrs_define
class PatchedRbacGroup:
    """Serializer for RBAC groups."""

    id: int | Unset = UNSET
    unique_id: str | Unset = UNSET
    """ The unique identifier for the group """
    platform: RbacPlatform | Unset = UNSET
    """ Serializer for platforms. """
    platform_key: str | Unset = UNSET
    """ The platform key """
    name: str | Unset = UNSET
    """ Optional name of the group """
    description: str | Unset = UNSET
    """ Optional group description """
    owner: RbacUser | Unset = UNSET
    """ Serializer for users. """
    users: list[RbacUser] | Unset = UNSET
    users_to_add: list[int] | Unset = UNSET
    """ List of user IDs to add to this group """
    users_to_remove: list[int] | Unset = UNSET
    """ List of user IDs to remove from this group """
    is_internal: bool | Unset = UNSET
    """ When True, this group is internal to the system and cannot be viewed or modified by tenants via API
    endpoints. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        unique_id = self.unique_id

        platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.to_dict()

        platform_key = self.platform_key

        name = self.name

        description = self.description

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        users_to_add: list[int] | Unset = UNSET
        if not isinstance(self.users_to_add, Unset):
            users_to_add = self.users_to_add

        users_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.users_to_remove, Unset):
            users_to_remove = self.users_to_remove

        is_internal = self.is_internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if users is not UNSET:
            field_dict["users"] = users
        if users_to_add is not UNSET:
            field_dict["users_to_add"] = users_to_add
        if users_to_remove is not UNSET:
            field_dict["users_to_remove"] = users_to_remove
        if is_internal is not UNSET:
            field_dict["is_internal"] = is_internal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rbac_platform import RbacPlatform  # noqa: PLC0415
        from ..models.rbac_user import RbacUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        unique_id = d.pop("unique_id", UNSET)
        if not isinstance(unique_id, (str, Unset)):
            raise FieldError("unique_id", "a string", unique_id)

        _platform = d.pop("platform", UNSET)
        platform: RbacPlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = nested("platform", RbacPlatform, _platform)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        _owner = d.pop("owner", UNSET)
        owner: RbacUser | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = nested("owner", RbacUser, _owner)

        _users = d.pop("users", UNSET)
        users: list[RbacUser] | Unset = UNSET
        if _users is not UNSET:
            if not isinstance(_users, list):
                raise FieldError("users", "an array", _users)
            users = []
            for _users_index, users_item_data in enumerate(_users):
                try:
                    users_item = nested("users_item", RbacUser, users_item_data)

                except PARSE_ERRORS as _users_error:
                    raise within(
                        ("users", _users_index), _users_error, "users_item"
                    ) from _users_error
                users.append(users_item)

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

        is_internal = d.pop("is_internal", UNSET)
        if not isinstance(is_internal, (bool, Unset)):
            raise FieldError("is_internal", "a boolean", is_internal)

        patched_rbac_group = cls(
            id=id,
            unique_id=unique_id,
            platform=platform,
            platform_key=platform_key,
            name=name,
            description=description,
            owner=owner,
            users=users,
            users_to_add=users_to_add,
            users_to_remove=users_to_remove,
            is_internal=is_internal,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_rbac_group.additional_properties = additional_properties
        return patched_rbac_group

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
