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
from ..models.program_type_enum import ProgramTypeEnum, check_program_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramRequest")


@_attrs_define
class ProgramRequest:
    institution_id: int
    name: str
    program_type: ProgramTypeEnum
    """ * `bachelors` - Bachelor's Degree
    * `masters` - Master's Degree
    * `phd` - PhD
    * `diploma` - Diploma
    * `certificate` - Certificate
    * `ungraded` - Ungraded
    * `other` - Other """
    duration: int
    """ Duration in months """
    description: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    """ Metadata """
    metadata: Any | Unset = UNSET
    """ Metadata """
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        institution_id = self.institution_id

        name = self.name

        program_type: str = self.program_type

        duration = self.duration

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data = self.data

        metadata = self.metadata

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "institution_id": institution_id,
                "name": name,
                "program_type": program_type,
                "duration": duration,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        institution_id = d.pop("institution_id")
        if not isinstance(institution_id, int) or institution_id is True or institution_id is False:
            raise FieldError("institution_id", "an integer", institution_id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        program_type = check_program_type_enum(d.pop("program_type"), "program_type")

        duration = d.pop("duration")
        if not isinstance(duration, int) or duration is True or duration is False:
            raise FieldError("duration", "an integer", duration)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        data = d.pop("data", UNSET)

        metadata = d.pop("metadata", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime("created_at", _created_at)

        program_request = cls(
            institution_id=institution_id,
            name=name,
            program_type=program_type,
            duration=duration,
            description=description,
            data=data,
            metadata=metadata,
            created_at=created_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_request.additional_properties = additional_properties
        return program_request

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
