from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorUserSetting")


@_attrs_define
class MentorUserSetting:
    reference_saved_memories: bool | Unset = UNSET
    as_tenant_admin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_saved_memories = self.reference_saved_memories

        as_tenant_admin = self.as_tenant_admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_saved_memories is not UNSET:
            field_dict["reference_saved_memories"] = reference_saved_memories
        if as_tenant_admin is not UNSET:
            field_dict["as_tenant_admin"] = as_tenant_admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_saved_memories = d.pop("reference_saved_memories", UNSET)
        if not isinstance(reference_saved_memories, (bool, Unset)):
            raise FieldError("reference_saved_memories", "a boolean", reference_saved_memories)

        as_tenant_admin = d.pop("as_tenant_admin", UNSET)
        if not isinstance(as_tenant_admin, (bool, Unset)):
            raise FieldError("as_tenant_admin", "a boolean", as_tenant_admin)

        mentor_user_setting = cls(
            reference_saved_memories=reference_saved_memories,
            as_tenant_admin=as_tenant_admin,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_user_setting.additional_properties = additional_properties
        return mentor_user_setting

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
