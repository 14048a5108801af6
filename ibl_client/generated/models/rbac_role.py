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


T = TypeVar("T", bound="RbacRole")


@_attrs_define
class RbacRole:
    """Serializer for roles."""

    id: int
    name: str
    platform: RbacPlatform
    """ Serializer for platforms. """
    platform_key: str
    """ Platform key where this role belongs """
    is_internal: bool
    """ When True, this role is internal to the system and cannot be viewed or modified by tenants via API
    endpoints. """
    actions: list[str] | Unset = UNSET
    """ List of actions/permissions this role can perform (e.g., ['Ibl.Mentor/Settings/read',
    'Ibl.Mentor/Settings/write']) """
    data_actions: list[str] | Unset = UNSET
    """ List of data actions/permissions this role can perform for field-level access (e.g.,
    ['Ibl.Mentor/Settings/name/read', 'Ibl.Mentor/Settings/email/write']) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform = self.platform.to_dict()

        platform_key = self.platform_key

        is_internal = self.is_internal

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        data_actions: list[str] | Unset = UNSET
        if not isinstance(self.data_actions, Unset):
            data_actions = self.data_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform": platform,
                "platform_key": platform_key,
                "is_internal": is_internal,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if data_actions is not UNSET:
            field_dict["data_actions"] = data_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rbac_platform import RbacPlatform  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        platform = nested("platform", RbacPlatform, d.pop("platform"))

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        is_internal = d.pop("is_internal")
        if not isinstance(is_internal, bool):
            raise FieldError("is_internal", "a boolean", is_internal)

        _actions = d.pop("actions", UNSET)
        actions: list[str] | Unset = UNSET
        if _actions is not UNSET:
            if not isinstance(_actions, list):
                raise FieldError("actions", "an array", _actions)
            actions = []
            for _actions_index, actions_item_data in enumerate(_actions):
                try:
                    actions_item = actions_item_data
                    if not isinstance(actions_item, str):
                        raise FieldError("actions_item", "a string", actions_item)

                except PARSE_ERRORS as _actions_error:
                    raise within(
                        ("actions", _actions_index), _actions_error, "actions_item"
                    ) from _actions_error
                actions.append(actions_item)

        _data_actions = d.pop("data_actions", UNSET)
        data_actions: list[str] | Unset = UNSET
        if _data_actions is not UNSET:
            if not isinstance(_data_actions, list):
                raise FieldError("data_actions", "an array", _data_actions)
            data_actions = []
            for _data_actions_index, data_actions_item_data in enumerate(_data_actions):
                try:
                    data_actions_item = data_actions_item_data
                    if not isinstance(data_actions_item, str):
                        raise FieldError("data_actions_item", "a string", data_actions_item)

                except PARSE_ERRORS as _data_actions_error:
                    raise within(
                        ("data_actions", _data_actions_index),
                        _data_actions_error,
                        "data_actions_item",
                    ) from _data_actions_error
                data_actions.append(data_actions_item)

        rbac_role = cls(
            id=id,
            name=name,
            platform=platform,
            platform_key=platform_key,
            is_internal=is_internal,
            actions=actions,
            data_actions=data_actions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        rbac_role.additional_properties = additional_properties
        return rbac_role

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
