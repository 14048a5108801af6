from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RbacPolicyGroupRequest")


@_attrs_define
class RbacPolicyGroupRequest:
    """Serializer for RBAC groups when returned in a policy.

    We are limiting the returne data since we don't need everything there

    """

    unique_id: str
    """ The unique identifier for the group """
    name: str | Unset = UNSET
    """ Optional name of the group """
    description: str | Unset = UNSET
    """ Optional group description """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = self.unique_id

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unique_id": unique_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unique_id = d.pop("unique_id")
        if not isinstance(unique_id, str):
            raise FieldError("unique_id", "a string", unique_id)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        rbac_policy_group_request = cls(
            unique_id=unique_id,
            name=name,
            description=description,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        rbac_policy_group_request.additional_properties = additional_properties
        return rbac_policy_group_request

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
