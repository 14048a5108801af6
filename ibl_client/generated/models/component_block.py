from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)
from ..models.component_block_type_enum import (
    ComponentBlockTypeEnum,
    check_component_block_type_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComponentBlock")


@_attrs_define
class ComponentBlock:
    id: int
    unit: int
    display_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type_: ComponentBlockTypeEnum | Unset = UNSET
    """ * `html` - Html
    * `multiple_choice` - Multiple Choice """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        unit = self.unit

        display_name = self.display_name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "unit": unit,
                "display_name": display_name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        unit = d.pop("unit")
        if not isinstance(unit, int) or unit is True or unit is False:
            raise FieldError("unit", "an integer", unit)

        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        _type_ = d.pop("type", UNSET)
        type_: ComponentBlockTypeEnum | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_component_block_type_enum(_type_, "type")

        component_block = cls(
            id=id,
            unit=unit,
            display_name=display_name,
            created_at=created_at,
            updated_at=updated_at,
            type_=type_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        component_block.additional_properties = additional_properties
        return component_block

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
