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
from ..models.status_6_ee_enum import Status6EeEnum, check_status_6_ee_enum
from ..models.type_c42_enum import TypeC42Enum, check_type_c42_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedUnit")


@_attrs_define
class PatchedUnit:
    id: int | Unset = UNSET
    subsection: int | Unset = UNSET
    display_name: str | Unset = UNSET
    status: Status6EeEnum | Unset = UNSET
    """ * `published` - Published
    * `draft` - Unsynced
    * `error` - Error
    * `syncing` - Syncing """
    type_: TypeC42Enum | Unset = UNSET
    """ * `tutorial` - Tutorial
    * `assessment` - Assessment """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subsection = self.subsection

        display_name = self.display_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if subsection is not UNSET:
            field_dict["subsection"] = subsection
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        subsection = d.pop("subsection", UNSET)
        if not isinstance(subsection, (int, Unset)) or subsection is True or subsection is False:
            raise FieldError("subsection", "an integer", subsection)

        display_name = d.pop("display_name", UNSET)
        if not isinstance(display_name, (str, Unset)):
            raise FieldError("display_name", "a string", display_name)

        _status = d.pop("status", UNSET)
        status: Status6EeEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_status_6_ee_enum(_status, "status")

        _type_ = d.pop("type", UNSET)
        type_: TypeC42Enum | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_type_c42_enum(_type_, "type")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime("created_at", _created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime("updated_at", _updated_at)

        patched_unit = cls(
            id=id,
            subsection=subsection,
            display_name=display_name,
            status=status,
            type_=type_,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_unit.additional_properties = additional_properties
        return patched_unit

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
