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
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceCompletionRequest")


@_attrs_define
class ResourceCompletionRequest:
    """Request serializer for ResourceCompletionManagementView POST endpoint."""

    resource_id: int
    """ The unique identifier for the resource """
    user_id: int
    """ The ID of the user """
    completed: bool | Unset = UNSET
    """ Whether the resource is completed """
    completion_percentage: float | None | Unset = UNSET
    """ Percentage of completion (0.0-1.0) """
    completion_date: datetime.datetime | None | Unset = UNSET
    """ When the resource was completed """
    completion_data: Any | Unset = UNSET
    """ Additional completion metadata """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        user_id = self.user_id

        completed = self.completed

        completion_percentage: float | None | Unset
        if isinstance(self.completion_percentage, Unset):
            completion_percentage = UNSET
        else:
            completion_percentage = self.completion_percentage

        completion_date: None | str | Unset
        if isinstance(self.completion_date, Unset):
            completion_date = UNSET
        elif isinstance(self.completion_date, datetime.datetime):
            completion_date = self.completion_date.isoformat()
        else:
            completion_date = self.completion_date

        completion_data = self.completion_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_id": resource_id,
                "user_id": user_id,
            }
        )
        if completed is not UNSET:
            field_dict["completed"] = completed
        if completion_percentage is not UNSET:
            field_dict["completion_percentage"] = completion_percentage
        if completion_date is not UNSET:
            field_dict["completion_date"] = completion_date
        if completion_data is not UNSET:
            field_dict["completion_data"] = completion_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_id = d.pop("resource_id")
        if not isinstance(resource_id, int) or resource_id is True or resource_id is False:
            raise FieldError("resource_id", "an integer", resource_id)

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        completed = d.pop("completed", UNSET)
        if not isinstance(completed, (bool, Unset)):
            raise FieldError("completed", "a boolean", completed)

        def _parse_completion_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("completion_percentage", "a number or null", data)

        completion_percentage = _parse_completion_percentage(d.pop("completion_percentage", UNSET))

        def _parse_completion_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    completion_date_type_0 = parse_datetime("completion_date_type_0", data)

                    return completion_date_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("completion_date", member_error, "completion_date_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("completion_date", "a date-time string or null", data)

        completion_date = _parse_completion_date(d.pop("completion_date", UNSET))

        completion_data = d.pop("completion_data", UNSET)

        resource_completion_request = cls(
            resource_id=resource_id,
            user_id=user_id,
            completed=completed,
            completion_percentage=completion_percentage,
            completion_date=completion_date,
            completion_data=completion_data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        resource_completion_request.additional_properties = additional_properties
        return resource_completion_request

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
