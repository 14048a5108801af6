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
from ..models.institution_type_enum import InstitutionTypeEnum, check_institution_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Institution")


@_attrs_define
class Institution:
    id: int
    name: str
    updated_at: datetime.datetime
    institution_type: InstitutionTypeEnum | Unset = UNSET
    """ * `university` - University
    * `college` - College
    * `institute` - Institute
    * `academy` - Academy
    * `other` - Other """
    location: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    accreditation: None | str | Unset = UNSET
    established_year: int | None | Unset = UNSET
    data: Any | Unset = UNSET
    """ Metadata """
    metadata: Any | Unset = UNSET
    """ Metadata """
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        updated_at = self.updated_at.isoformat()

        institution_type: str | Unset = UNSET
        if not isinstance(self.institution_type, Unset):
            institution_type = self.institution_type

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        accreditation: None | str | Unset
        if isinstance(self.accreditation, Unset):
            accreditation = UNSET
        else:
            accreditation = self.accreditation

        established_year: int | None | Unset
        if isinstance(self.established_year, Unset):
            established_year = UNSET
        else:
            established_year = self.established_year

        data = self.data

        metadata = self.metadata

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if institution_type is not UNSET:
            field_dict["institution_type"] = institution_type
        if location is not UNSET:
            field_dict["location"] = location
        if website is not UNSET:
            field_dict["website"] = website
        if accreditation is not UNSET:
            field_dict["accreditation"] = accreditation
        if established_year is not UNSET:
            field_dict["established_year"] = established_year
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
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        _institution_type = d.pop("institution_type", UNSET)
        institution_type: InstitutionTypeEnum | Unset
        if isinstance(_institution_type, Unset):
            institution_type = UNSET
        else:
            institution_type = check_institution_type_enum(_institution_type, "institution_type")

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("location", "a string or null", data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("website", "a string or null", data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_accreditation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("accreditation", "a string or null", data)

        accreditation = _parse_accreditation(d.pop("accreditation", UNSET))

        def _parse_established_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("established_year", "an integer or null", data)

        established_year = _parse_established_year(d.pop("established_year", UNSET))

        data = d.pop("data", UNSET)

        metadata = d.pop("metadata", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime("created_at", _created_at)

        institution = cls(
            id=id,
            name=name,
            updated_at=updated_at,
            institution_type=institution_type,
            location=location,
            website=website,
            accreditation=accreditation,
            established_year=established_year,
            data=data,
            metadata=metadata,
            created_at=created_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        institution.additional_properties = additional_properties
        return institution

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
