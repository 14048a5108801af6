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

T = TypeVar("T", bound="EducationRequest")


@_attrs_define
class EducationRequest:
    institution_id: int
    start_date: datetime.date
    degree: None | str | Unset = UNSET
    field_of_study: None | str | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    grade: None | str | Unset = UNSET
    activities: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    """ Metadata """
    metadata: Any | Unset = UNSET
    """ Metadata """
    created_at: datetime.datetime | Unset = UNSET
    is_current: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        institution_id = self.institution_id

        start_date = self.start_date.isoformat()

        degree: None | str | Unset
        if isinstance(self.degree, Unset):
            degree = UNSET
        else:
            degree = self.degree

        field_of_study: None | str | Unset
        if isinstance(self.field_of_study, Unset):
            field_of_study = UNSET
        else:
            field_of_study = self.field_of_study

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        grade: None | str | Unset
        if isinstance(self.grade, Unset):
            grade = UNSET
        else:
            grade = self.grade

        activities: None | str | Unset
        if isinstance(self.activities, Unset):
            activities = UNSET
        else:
            activities = self.activities

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

        is_current: bool | None | Unset
        if isinstance(self.is_current, Unset):
            is_current = UNSET
        else:
            is_current = self.is_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "institution_id": institution_id,
                "start_date": start_date,
            }
        )
        if degree is not UNSET:
            field_dict["degree"] = degree
        if field_of_study is not UNSET:
            field_dict["field_of_study"] = field_of_study
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if grade is not UNSET:
            field_dict["grade"] = grade
        if activities is not UNSET:
            field_dict["activities"] = activities
        if description is not UNSET:
            field_dict["description"] = description
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_current is not UNSET:
            field_dict["is_current"] = is_current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        institution_id = d.pop("institution_id")
        if not isinstance(institution_id, int) or institution_id is True or institution_id is False:
            raise FieldError("institution_id", "an integer", institution_id)

        start_date = parse_date("start_date", d.pop("start_date"))

        def _parse_degree(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("degree", "a string or null", data)

        degree = _parse_degree(d.pop("degree", UNSET))

        def _parse_field_of_study(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("field_of_study", "a string or null", data)

        field_of_study = _parse_field_of_study(d.pop("field_of_study", UNSET))

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

        def _parse_grade(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("grade", "a string or null", data)

        grade = _parse_grade(d.pop("grade", UNSET))

        def _parse_activities(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("activities", "a string or null", data)

        activities = _parse_activities(d.pop("activities", UNSET))

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

        def _parse_is_current(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("is_current", "a boolean or null", data)

        is_current = _parse_is_current(d.pop("is_current", UNSET))

        education_request = cls(
            institution_id=institution_id,
            start_date=start_date,
            degree=degree,
            field_of_study=field_of_study,
            end_date=end_date,
            grade=grade,
            activities=activities,
            description=description,
            data=data,
            metadata=metadata,
            created_at=created_at,
            is_current=is_current,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        education_request.additional_properties = additional_properties
        return education_request

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
