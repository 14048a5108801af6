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

if TYPE_CHECKING:
    from ..models.unit_with_children import UnitWithChildren


T = TypeVar("T", bound="SubSectionWithChildren")


@_attrs_define
class SubSectionWithChildren:
    id: int
    section: int
    display_name: str
    status: Status6EeEnum
    """ * `published` - Published
    * `draft` - Unsynced
    * `error` - Error
    * `syncing` - Syncing """
    units: list[UnitWithChildren]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        section = self.section

        display_name = self.display_name

        status: str = self.status

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "section": section,
                "display_name": display_name,
                "status": status,
                "units": units,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_with_children import UnitWithChildren  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        section = d.pop("section")
        if not isinstance(section, int) or section is True or section is False:
            raise FieldError("section", "an integer", section)

        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        status = check_status_6_ee_enum(d.pop("status"), "status")

        _units = d.pop("units")
        if not isinstance(_units, list):
            raise FieldError("units", "an array", _units)
        units = []
        for _units_index, units_item_data in enumerate(_units):
            try:
                units_item = nested("units_item", UnitWithChildren, units_item_data)

            except PARSE_ERRORS as _units_error:
                raise within(("units", _units_index), _units_error, "units_item") from _units_error
            units.append(units_item)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        sub_section_with_children = cls(
            id=id,
            section=section,
            display_name=display_name,
            status=status,
            units=units,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        sub_section_with_children.additional_properties = additional_properties
        return sub_section_with_children

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
