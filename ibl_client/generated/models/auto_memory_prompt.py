from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoMemoryPrompt")


@_attrs_define
class AutoMemoryPrompt:
    auto_memory_prompt: str | Unset = UNSET
    reset: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_memory_prompt = self.auto_memory_prompt

        reset = self.reset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_memory_prompt is not UNSET:
            field_dict["auto_memory_prompt"] = auto_memory_prompt
        if reset is not UNSET:
            field_dict["reset"] = reset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_memory_prompt = d.pop("auto_memory_prompt", UNSET)
        if not isinstance(auto_memory_prompt, (str, Unset)):
            raise FieldError("auto_memory_prompt", "a string", auto_memory_prompt)

        reset = d.pop("reset", UNSET)
        if not isinstance(reset, (bool, Unset)):
            raise FieldError("reset", "a boolean", reset)

        auto_memory_prompt = cls(
            auto_memory_prompt=auto_memory_prompt,
            reset=reset,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        auto_memory_prompt.additional_properties = additional_properties
        return auto_memory_prompt

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
