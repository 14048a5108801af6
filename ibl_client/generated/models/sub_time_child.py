from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubTimeChild")


@_attrs_define
class SubTimeChild:
    display_name: str
    """ Display name """
    id: str
    """ block id """
    block_id: str | Unset = UNSET
    """ block id """
    total_time: int | Unset = UNSET
    """ Total time spent """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        block_id = self.block_id

        total_time = self.total_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
            }
        )
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if total_time is not UNSET:
            field_dict["total_time"] = total_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        id = d.pop("id")
        if not isinstance(id, str):
            raise FieldError("id", "a string", id)

        block_id = d.pop("block_id", UNSET)
        if not isinstance(block_id, (str, Unset)):
            raise FieldError("block_id", "a string", block_id)

        total_time = d.pop("total_time", UNSET)
        if not isinstance(total_time, (int, Unset)) or total_time is True or total_time is False:
            raise FieldError("total_time", "an integer", total_time)

        sub_time_child = cls(
            display_name=display_name,
            id=id,
            block_id=block_id,
            total_time=total_time,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        sub_time_child.additional_properties = additional_properties
        return sub_time_child

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
