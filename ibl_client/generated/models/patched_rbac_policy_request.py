from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedRbacPolicyRequest")


@_attrs_define
class PatchedRbacPolicyRequest:
    """Serializer for policies."""

    resources: list[str] | Unset = UNSET
    """ List of resource paths this policy grants access to (e.g., ['/platforms/1/mentors',
    '/platforms/1/mentors/settings']) """
    role_id: int | Unset = UNSET
    """ ID of the role this policy applies to """
    platform_key: str | Unset = UNSET
    """ Platform key where this policy applies """
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
        resources: list[str] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources

        role_id = self.role_id

        platform_key = self.platform_key

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
        field_dict.update({})
        if resources is not UNSET:
            field_dict["resources"] = resources
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
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
        d = dict(src_dict)
        resources = cast(list[str], d.pop("resources", UNSET))

        role_id = d.pop("role_id", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        users_to_add = cast(list[int], d.pop("users_to_add", UNSET))

        users_to_remove = cast(list[int], d.pop("users_to_remove", UNSET))

        groups_to_add = cast(list[int], d.pop("groups_to_add", UNSET))

        groups_to_remove = cast(list[int], d.pop("groups_to_remove", UNSET))

        patched_rbac_policy_request = cls(
            resources=resources,
            role_id=role_id,
            platform_key=platform_key,
            users_to_add=users_to_add,
            users_to_remove=users_to_remove,
            groups_to_add=groups_to_add,
            groups_to_remove=groups_to_remove,
        )

        patched_rbac_policy_request.additional_properties = d
        return patched_rbac_policy_request

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
