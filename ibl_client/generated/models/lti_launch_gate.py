from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LtiLaunchGate")


@_attrs_define
class LtiLaunchGate:
    allowed_keys: list[str] | Unset = UNSET
    allowed_courses: list[str] | Unset = UNSET
    allow_all_within_org: bool | Unset = UNSET
    """ If True, a target_link_uri will work with any content within this org """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_keys: list[str] | Unset = UNSET
        if not isinstance(self.allowed_keys, Unset):
            allowed_keys = self.allowed_keys

        allowed_courses: list[str] | Unset = UNSET
        if not isinstance(self.allowed_courses, Unset):
            allowed_courses = self.allowed_courses

        allow_all_within_org = self.allow_all_within_org

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_keys is not UNSET:
            field_dict["allowed_keys"] = allowed_keys
        if allowed_courses is not UNSET:
            field_dict["allowed_courses"] = allowed_courses
        if allow_all_within_org is not UNSET:
            field_dict["allow_all_within_org"] = allow_all_within_org

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_keys = cast(list[str], d.pop("allowed_keys", UNSET))

        allowed_courses = cast(list[str], d.pop("allowed_courses", UNSET))

        allow_all_within_org = d.pop("allow_all_within_org", UNSET)

        lti_launch_gate = cls(
            allowed_keys=allowed_keys,
            allowed_courses=allowed_courses,
            allow_all_within_org=allow_all_within_org,
        )

        lti_launch_gate.additional_properties = d
        return lti_launch_gate

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
