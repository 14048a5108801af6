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

T = TypeVar("T", bound="ResourceCompletion")


@_attrs_define
class ResourceCompletion:
    """Serializer for resource completion data used in both request and response. Inherits common completion fields from
    CompletableBaseSerializer.

    """

    last_updated: datetime.datetime
    """ Last update timestamp """
    resource_id: int
    """ The unique identifier for the resource """
    resource_type: str
    """ The type of resource """
    user_id: int
    """ The user identifier """
    username: str
    """ The username associated with the completion """
    completion_percentage: float | None | Unset = UNSET
    """ Completion percentage """
    completed: bool | None | Unset = UNSET
    """ Whether completable is completed """
    completion_date: datetime.datetime | None | Unset = UNSET
    """ Completion timestamp """
    completion_data: Any | Unset = UNSET
    """ Completion metadata """
    skill_points_computed: bool | None | Unset = UNSET
    """ Whether skill points have been evaluated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_updated = self.last_updated.isoformat()

        resource_id = self.resource_id

        resource_type = self.resource_type

        user_id = self.user_id

        username = self.username

        completion_percentage: float | None | Unset
        if isinstance(self.completion_percentage, Unset):
            completion_percentage = UNSET
        else:
            completion_percentage = self.completion_percentage

        completed: bool | None | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        completion_date: None | str | Unset
        if isinstance(self.completion_date, Unset):
            completion_date = UNSET
        elif isinstance(self.completion_date, datetime.datetime):
            completion_date = self.completion_date.isoformat()
        else:
            completion_date = self.completion_date

        completion_data = self.completion_data

        skill_points_computed: bool | None | Unset
        if isinstance(self.skill_points_computed, Unset):
            skill_points_computed = UNSET
        else:
            skill_points_computed = self.skill_points_computed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "last_updated": last_updated,
                "resource_id": resource_id,
                "resource_type": resource_type,
                "user_id": user_id,
                "username": username,
            }
        )
        if completion_percentage is not UNSET:
            field_dict["completion_percentage"] = completion_percentage
        if completed is not UNSET:
            field_dict["completed"] = completed
        if completion_date is not UNSET:
            field_dict["completion_date"] = completion_date
        if completion_data is not UNSET:
            field_dict["completion_data"] = completion_data
        if skill_points_computed is not UNSET:
            field_dict["skill_points_computed"] = skill_points_computed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_updated = parse_datetime("last_updated", d.pop("last_updated"))

        resource_id = d.pop("resource_id")
        if not isinstance(resource_id, int) or resource_id is True or resource_id is False:
            raise FieldError("resource_id", "an integer", resource_id)

        resource_type = d.pop("resource_type")
        if not isinstance(resource_type, str):
            raise FieldError("resource_type", "a string", resource_type)

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        def _parse_completion_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("completion_percentage", "a number or null", data)

        completion_percentage = _parse_completion_percentage(d.pop("completion_percentage", UNSET))

        def _parse_completed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("completed", "a boolean or null", data)

        completed = _parse_completed(d.pop("completed", UNSET))

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

        def _parse_skill_points_computed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("skill_points_computed", "a boolean or null", data)

        skill_points_computed = _parse_skill_points_computed(d.pop("skill_points_computed", UNSET))

        resource_completion = cls(
            last_updated=last_updated,
            resource_id=resource_id,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            completion_percentage=completion_percentage,
            completed=completed,
            completion_date=completion_date,
            completion_data=completion_data,
            skill_points_computed=skill_points_computed,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        resource_completion.additional_properties = additional_properties
        return resource_completion

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
