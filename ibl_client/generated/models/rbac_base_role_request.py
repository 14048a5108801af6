from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RbacBaseRoleRequest")


@_attrs_define
class RbacBaseRoleRequest:
    """Serializer for roles."""

    name: str
    platform_key: str
    """ Platform key where this role belongs """
    actions: list[str] | Unset = UNSET
    """ List of actions/permissions this role can perform (e.g., ['Ibl.Mentor/Settings/read',
    'Ibl.Mentor/Settings/write']) """
    data_actions: list[str] | Unset = UNSET
    """ List of data actions/permissions this role can perform for field-level access (e.g.,
    ['Ibl.Mentor/Settings/name/read', 'Ibl.Mentor/Settings/email/write']) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        platform_key = self.platform_key

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
                "name": name,
                "platform_key": platform_key,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if data_actions is not UNSET:
            field_dict["data_actions"] = data_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        _actions = d.pop("actions", UNSET)
        actions: list[str] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = actions_item_data
                if not isinstance(actions_item, str):
                    raise TypeError(
                        f"actions_item: expected a string, got {type(actions_item).__name__}"
                    )

                actions.append(actions_item)

        _data_actions = d.pop("data_actions", UNSET)
        data_actions: list[str] | Unset = UNSET
        if _data_actions is not UNSET:
            data_actions = []
            for data_actions_item_data in _data_actions:
                data_actions_item = data_actions_item_data
                if not isinstance(data_actions_item, str):
                    raise TypeError(
                        f"data_actions_item: expected a string, got {type(data_actions_item).__name__}"
                    )

                data_actions.append(data_actions_item)

        rbac_base_role_request = cls(
            name=name,
            platform_key=platform_key,
            actions=actions,
            data_actions=data_actions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        rbac_base_role_request.additional_properties = additional_properties
        return rbac_base_role_request

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
