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

T = TypeVar("T", bound="UserPolicyUpdate")


@_attrs_define
class UserPolicyUpdate:
    """Serializer for updating user policies on a platform.

    Accepts lists of policies to add and remove for a specific user on a platform.

    """

    user_id: int
    """ ID of the user to update policies for """
    platform_key: str
    """ Platform key where the user's policies should be updated """
    policies_to_add: list[str] | Unset = UNSET
    """ List of policy names to add to the user """
    policies_to_remove: list[str] | Unset = UNSET
    """ List of policy names to remove from the user """
    policies_to_set: list[str] | Unset = UNSET
    """ List of policy names to set for the user (replaces all existing policies with these) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        platform_key = self.platform_key

        policies_to_add: list[str] | Unset = UNSET
        if not isinstance(self.policies_to_add, Unset):
            policies_to_add = self.policies_to_add

        policies_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.policies_to_remove, Unset):
            policies_to_remove = self.policies_to_remove

        policies_to_set: list[str] | Unset = UNSET
        if not isinstance(self.policies_to_set, Unset):
            policies_to_set = self.policies_to_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "platform_key": platform_key,
            }
        )
        if policies_to_add is not UNSET:
            field_dict["policies_to_add"] = policies_to_add
        if policies_to_remove is not UNSET:
            field_dict["policies_to_remove"] = policies_to_remove
        if policies_to_set is not UNSET:
            field_dict["policies_to_set"] = policies_to_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        _policies_to_add = d.pop("policies_to_add", UNSET)
        policies_to_add: list[str] | Unset = UNSET
        if _policies_to_add is not UNSET:
            if not isinstance(_policies_to_add, list):
                raise FieldError("policies_to_add", "an array", _policies_to_add)
            policies_to_add = []
            for _policies_to_add_index, policies_to_add_item_data in enumerate(_policies_to_add):
                try:
                    policies_to_add_item = policies_to_add_item_data
                    if not isinstance(policies_to_add_item, str):
                        raise FieldError("policies_to_add_item", "a string", policies_to_add_item)

                except PARSE_ERRORS as _policies_to_add_error:
                    raise within(
                        ("policies_to_add", _policies_to_add_index),
                        _policies_to_add_error,
                        "policies_to_add_item",
                    ) from _policies_to_add_error
                policies_to_add.append(policies_to_add_item)

        _policies_to_remove = d.pop("policies_to_remove", UNSET)
        policies_to_remove: list[str] | Unset = UNSET
        if _policies_to_remove is not UNSET:
            if not isinstance(_policies_to_remove, list):
                raise FieldError("policies_to_remove", "an array", _policies_to_remove)
            policies_to_remove = []
            for _policies_to_remove_index, policies_to_remove_item_data in enumerate(
                _policies_to_remove
            ):
                try:
                    policies_to_remove_item = policies_to_remove_item_data
                    if not isinstance(policies_to_remove_item, str):
                        raise FieldError(
                            "policies_to_remove_item", "a string", policies_to_remove_item
                        )

                except PARSE_ERRORS as _policies_to_remove_error:
                    raise within(
                        ("policies_to_remove", _policies_to_remove_index),
                        _policies_to_remove_error,
                        "policies_to_remove_item",
                    ) from _policies_to_remove_error
                policies_to_remove.append(policies_to_remove_item)

        _policies_to_set = d.pop("policies_to_set", UNSET)
        policies_to_set: list[str] | Unset = UNSET
        if _policies_to_set is not UNSET:
            if not isinstance(_policies_to_set, list):
                raise FieldError("policies_to_set", "an array", _policies_to_set)
            policies_to_set = []
            for _policies_to_set_index, policies_to_set_item_data in enumerate(_policies_to_set):
                try:
                    policies_to_set_item = policies_to_set_item_data
                    if not isinstance(policies_to_set_item, str):
                        raise FieldError("policies_to_set_item", "a string", policies_to_set_item)

                except PARSE_ERRORS as _policies_to_set_error:
                    raise within(
                        ("policies_to_set", _policies_to_set_index),
                        _policies_to_set_error,
                        "policies_to_set_item",
                    ) from _policies_to_set_error
                policies_to_set.append(policies_to_set_item)

        user_policy_update = cls(
            user_id=user_id,
            platform_key=platform_key,
            policies_to_add=policies_to_add,
            policies_to_remove=policies_to_remove,
            policies_to_set=policies_to_set,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_policy_update.additional_properties = additional_properties
        return user_policy_update

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
