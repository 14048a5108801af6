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
    from ..models.rbac_base_role import RbacBaseRole
    from ..models.rbac_platform import RbacPlatform
    from ..models.rbac_policy_group import RbacPolicyGroup
    from ..models.rbac_user import RbacUser


T = TypeVar("T", bound="RbacPolicy")


@_attrs_define
class RbacPolicy:
    """Serializer for policies."""

    id: int
    role: RbacBaseRole
    """ Serializer for roles. """
    platform: RbacPlatform
    """ Serializer for platforms. """
    resources: list[str]
    """ List of resource paths this policy grants access to (e.g., ['/platforms/1/mentors',
    '/platforms/1/mentors/settings']) """
    users: list[RbacUser]
    groups: list[RbacPolicyGroup]
    role_id: int
    """ ID of the role this policy applies to """
    platform_key: str
    """ Platform key where this policy applies """
    is_internal: bool
    """ When True, this policy is internal to the system and cannot be modified by tenants via API endpoints. """
    name: str | Unset = UNSET
    """ Policy name. If not supplied, defaults to a UUID4 """
    users_to_add: list[int] | Unset = UNSET
    """ List of user IDs to add to this Policy """
    users_to_remove: list[int] | Unset = UNSET
    """ List of user IDs to remove from this Policy """
    groups_to_add: list[int] | Unset = UNSET
    """ List of group IDs to add to this Policy """
    groups_to_remove: list[int] | Unset = UNSET
    """ List of group IDs to remove from this Policy """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role = self.role.to_dict()

        platform = self.platform.to_dict()

        resources = self.resources

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        role_id = self.role_id

        platform_key = self.platform_key

        is_internal = self.is_internal

        name = self.name

        users_to_add: list[int] | Unset = UNSET
        if not isinstance(self.users_to_add, Unset):
            users_to_add = self.users_to_add

        users_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.users_to_remove, Unset):
            users_to_remove = self.users_to_remove

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
                "id": id,
                "role": role,
                "platform": platform,
                "resources": resources,
                "users": users,
                "groups": groups,
                "role_id": role_id,
                "platform_key": platform_key,
                "is_internal": is_internal,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if users_to_add is not UNSET:
            field_dict["users_to_add"] = users_to_add
        if users_to_remove is not UNSET:
            field_dict["users_to_remove"] = users_to_remove
        if groups_to_add is not UNSET:
            field_dict["groups_to_add"] = groups_to_add
        if groups_to_remove is not UNSET:
            field_dict["groups_to_remove"] = groups_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rbac_base_role import RbacBaseRole  # noqa: PLC0415
        from ..models.rbac_platform import RbacPlatform  # noqa: PLC0415
        from ..models.rbac_policy_group import RbacPolicyGroup  # noqa: PLC0415
        from ..models.rbac_user import RbacUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        role = nested("role", RbacBaseRole, d.pop("role"))

        platform = nested("platform", RbacPlatform, d.pop("platform"))

        _resources = d.pop("resources")
        if not isinstance(_resources, list):
            raise FieldError("resources", "an array", _resources)
        resources = []
        for _resources_index, resources_item_data in enumerate(_resources):
            try:
                resources_item = resources_item_data
                if not isinstance(resources_item, str):
                    raise FieldError("resources_item", "a string", resources_item)

            except PARSE_ERRORS as _resources_error:
                raise within(
                    ("resources", _resources_index), _resources_error, "resources_item"
                ) from _resources_error
            resources.append(resources_item)

        _users = d.pop("users")
        if not isinstance(_users, list):
            raise FieldError("users", "an array", _users)
        users = []
        for _users_index, users_item_data in enumerate(_users):
            try:
                users_item = nested("users_item", RbacUser, users_item_data)

            except PARSE_ERRORS as _users_error:
                raise within(("users", _users_index), _users_error, "users_item") from _users_error
            users.append(users_item)

        _groups = d.pop("groups")
        if not isinstance(_groups, list):
            raise FieldError("groups", "an array", _groups)
        groups = []
        for _groups_index, groups_item_data in enumerate(_groups):
            try:
                groups_item = nested("groups_item", RbacPolicyGroup, groups_item_data)

            except PARSE_ERRORS as _groups_error:
                raise within(
                    ("groups", _groups_index), _groups_error, "groups_item"
                ) from _groups_error
            groups.append(groups_item)

        role_id = d.pop("role_id")
        if not isinstance(role_id, int) or role_id is True or role_id is False:
            raise FieldError("role_id", "an integer", role_id)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        is_internal = d.pop("is_internal")
        if not isinstance(is_internal, bool):
            raise FieldError("is_internal", "a boolean", is_internal)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

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

        rbac_policy = cls(
            id=id,
            role=role,
            platform=platform,
            resources=resources,
            users=users,
            groups=groups,
            role_id=role_id,
            platform_key=platform_key,
            is_internal=is_internal,
            name=name,
            users_to_add=users_to_add,
            users_to_remove=users_to_remove,
            groups_to_add=groups_to_add,
            groups_to_remove=groups_to_remove,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        rbac_policy.additional_properties = additional_properties
        return rbac_policy

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
