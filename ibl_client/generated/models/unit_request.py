from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.type_c42_enum import TypeC42Enum, check_type_c42_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitRequest")


@_attrs_define
class UnitRequest:
    subsection: int
    display_name: str
    type_: TypeC42Enum | Unset = UNSET
    """ * `tutorial` - Tutorial
    * `assessment` - Assessment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subsection = self.subsection

        display_name = self.display_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subsection": subsection,
                "display_name": display_name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subsection = d.pop("subsection")
        if not isinstance(subsection, int) or subsection is True or subsection is False:
            raise FieldError("subsection", "an integer", subsection)

        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        _type_ = d.pop("type", UNSET)
        type_: TypeC42Enum | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_type_c42_enum(_type_, "type")

        unit_request = cls(
            subsection=subsection,
            display_name=display_name,
            type_=type_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        unit_request.additional_properties = additional_properties
        return unit_request

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
