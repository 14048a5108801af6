from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    within,
)
from ..models.status_6_ee_enum import Status6EeEnum, check_status_6_ee_enum
from ..models.type_c42_enum import TypeC42Enum, check_type_c42_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.component_block import ComponentBlock


T = TypeVar("T", bound="UnitWithChildren")


@_attrs_define
class UnitWithChildren:
    id: int
    subsection: int
    display_name: str
    status: Status6EeEnum
    """ * `published` - Published
    * `draft` - Unsynced
    * `error` - Error
    * `syncing` - Syncing """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    components: list[ComponentBlock]
    type_: TypeC42Enum | Unset = UNSET
    """ * `tutorial` - Tutorial
    * `assessment` - Assessment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subsection = self.subsection

        display_name = self.display_name

        status: str = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subsection": subsection,
                "display_name": display_name,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
                "components": components,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.component_block import ComponentBlock  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        subsection = d.pop("subsection")
        if not isinstance(subsection, int) or subsection is True or subsection is False:
            raise FieldError("subsection", "an integer", subsection)

        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        status = check_status_6_ee_enum(d.pop("status"), "status")

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        _components = d.pop("components")
        if not isinstance(_components, list):
            raise FieldError("components", "an array", _components)
        components = []
        for _components_index, components_item_data in enumerate(_components):
            try:
                components_item = nested("components_item", ComponentBlock, components_item_data)

            except PARSE_ERRORS as _components_error:
                raise within(
                    ("components", _components_index), _components_error, "components_item"
                ) from _components_error
            components.append(components_item)

        _type_ = d.pop("type", UNSET)
        type_: TypeC42Enum | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_type_c42_enum(_type_, "type")

        unit_with_children = cls(
            id=id,
            subsection=subsection,
            display_name=display_name,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            components=components,
            type_=type_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        unit_with_children.additional_properties = additional_properties
        return unit_with_children

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
