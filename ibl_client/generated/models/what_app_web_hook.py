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

if TYPE_CHECKING:
    from ..models.what_app_web_hook_entry_item import WhatAppWebHookEntryItem


T = TypeVar("T", bound="WhatAppWebHook")


@_attrs_define
class WhatAppWebHook:
    entry: list[WhatAppWebHookEntryItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry = []
        for entry_item_data in self.entry:
            entry_item = entry_item_data.to_dict()
            entry.append(entry_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entry": entry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.what_app_web_hook_entry_item import WhatAppWebHookEntryItem  # noqa: PLC0415

        d = dict(src_dict)
        _entry = d.pop("entry")
        if not isinstance(_entry, list):
            raise FieldError("entry", "an array", _entry)
        entry = []
        for _entry_index, entry_item_data in enumerate(_entry):
            try:
                entry_item = nested("entry_item", WhatAppWebHookEntryItem, entry_item_data)

            except PARSE_ERRORS as _entry_error:
                raise within(("entry", _entry_index), _entry_error, "entry_item") from _entry_error
            entry.append(entry_item)

        what_app_web_hook = cls(
            entry=entry,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        what_app_web_hook.additional_properties = additional_properties
        return what_app_web_hook

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
