from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_date,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperienceRequest")


@_attrs_define
class ExperienceRequest:
    company_id: int
    title: str
    start_date: datetime.date
    employment_type: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    is_current: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    """ Metadata """
    metadata: Any | Unset = UNSET
    """ Metadata """
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        title = self.title

        start_date = self.start_date.isoformat()

        employment_type: None | str | Unset
        if isinstance(self.employment_type, Unset):
            employment_type = UNSET
        else:
            employment_type = self.employment_type

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        is_current = self.is_current

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
                "company_id": company_id,
                "title": title,
                "start_date": start_date,
            }
        )
        if employment_type is not UNSET:
            field_dict["employment_type"] = employment_type
        if location is not UNSET:
            field_dict["location"] = location
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
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
        company_id = d.pop("company_id")
        if not isinstance(company_id, int) or company_id is True or company_id is False:
            raise FieldError("company_id", "an integer", company_id)

        title = d.pop("title")
        if not isinstance(title, str):
            raise FieldError("title", "a string", title)

        start_date = parse_date("start_date", d.pop("start_date"))

        def _parse_employment_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("employment_type", "a string or null", data)

        employment_type = _parse_employment_type(d.pop("employment_type", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("location", "a string or null", data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    end_date_type_0 = parse_date("end_date_type_0", data)

                    return end_date_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("end_date", member_error, "end_date_type_0"))
            if error is not None:
                raise error
            raise FieldError("end_date", "a date string or null", data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        is_current = d.pop("is_current", UNSET)
        if not isinstance(is_current, (bool, Unset)):
            raise FieldError("is_current", "a boolean", is_current)

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

        experience_request = cls(
            company_id=company_id,
            title=title,
            start_date=start_date,
            employment_type=employment_type,
            location=location,
            end_date=end_date,
            is_current=is_current,
            description=description,
            data=data,
            metadata=metadata,
            created_at=created_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        experience_request.additional_properties = additional_properties
        return experience_request

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
