from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedSkillThreshold")


@_attrs_define
class PatchedSkillThreshold:
    name: str | Unset = UNSET
    """ The name of the threshold e.g Beginner. """
    threshold: int | Unset = UNSET
    """ The threshold for the skill. """
    platform: str | Unset = UNSET
    """ The platform key """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        threshold = self.threshold

        platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        threshold = d.pop("threshold", UNSET)
        if not isinstance(threshold, (int, Unset)) or threshold is True or threshold is False:
            raise FieldError("threshold", "an integer", threshold)

        platform = d.pop("platform", UNSET)
        if not isinstance(platform, (str, Unset)):
            raise FieldError("platform", "a string", platform)

        patched_skill_threshold = cls(
            name=name,
            threshold=threshold,
            platform=platform,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_skill_threshold.additional_properties = additional_properties
        return patched_skill_threshold

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
