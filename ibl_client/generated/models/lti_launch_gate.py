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
        _allowed_keys = d.pop("allowed_keys", UNSET)
        allowed_keys: list[str] | Unset = UNSET
        if _allowed_keys is not UNSET:
            if not isinstance(_allowed_keys, list):
                raise FieldError("allowed_keys", "an array", _allowed_keys)
            allowed_keys = []
            for _allowed_keys_index, allowed_keys_item_data in enumerate(_allowed_keys):
                try:
                    allowed_keys_item = allowed_keys_item_data
                    if not isinstance(allowed_keys_item, str):
                        raise FieldError("allowed_keys_item", "a string", allowed_keys_item)

                except PARSE_ERRORS as _allowed_keys_error:
                    raise within(
                        ("allowed_keys", _allowed_keys_index),
                        _allowed_keys_error,
                        "allowed_keys_item",
                    ) from _allowed_keys_error
                allowed_keys.append(allowed_keys_item)

        _allowed_courses = d.pop("allowed_courses", UNSET)
        allowed_courses: list[str] | Unset = UNSET
        if _allowed_courses is not UNSET:
            if not isinstance(_allowed_courses, list):
                raise FieldError("allowed_courses", "an array", _allowed_courses)
            allowed_courses = []
            for _allowed_courses_index, allowed_courses_item_data in enumerate(_allowed_courses):
                try:
                    allowed_courses_item = allowed_courses_item_data
                    if not isinstance(allowed_courses_item, str):
                        raise FieldError("allowed_courses_item", "a string", allowed_courses_item)

                except PARSE_ERRORS as _allowed_courses_error:
                    raise within(
                        ("allowed_courses", _allowed_courses_index),
                        _allowed_courses_error,
                        "allowed_courses_item",
                    ) from _allowed_courses_error
                allowed_courses.append(allowed_courses_item)

        allow_all_within_org = d.pop("allow_all_within_org", UNSET)
        if not isinstance(allow_all_within_org, (bool, Unset)):
            raise FieldError("allow_all_within_org", "a boolean", allow_all_within_org)

        lti_launch_gate = cls(
            allowed_keys=allowed_keys,
            allowed_courses=allowed_courses,
            allow_all_within_org=allow_all_within_org,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        lti_launch_gate.additional_properties = additional_properties
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
