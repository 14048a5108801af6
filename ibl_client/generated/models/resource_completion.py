from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        last_updated = datetime.datetime.fromisoformat(
            d.pop("last_updated").replace("Z", "+00:00").replace("z", "+00:00")
        )

        resource_id = d.pop("resource_id")
        if not isinstance(resource_id, int) or resource_id is True or resource_id is False:
            raise TypeError(f"resource_id: expected an integer, got {type(resource_id).__name__}")

        resource_type = d.pop("resource_type")
        if not isinstance(resource_type, str):
            raise TypeError(f"resource_type: expected a string, got {type(resource_type).__name__}")

        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise TypeError(f"user_id: expected an integer, got {type(user_id).__name__}")

        username = d.pop("username")
        if not isinstance(username, str):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        def _parse_completion_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (int, float)):
                    raise TypeError()
                completion_percentage_type_0 = data
                if (
                    not isinstance(completion_percentage_type_0, (int, float))
                    or completion_percentage_type_0 is True
                    or completion_percentage_type_0 is False
                ):
                    raise TypeError(
                        f"completion_percentage_type_0: expected a number, got {type(completion_percentage_type_0).__name__}"
                    )

                return completion_percentage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            completion_percentage_type_1 = data

            return completion_percentage_type_1

        completion_percentage = _parse_completion_percentage(d.pop("completion_percentage", UNSET))

        def _parse_completed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                completed_type_0 = data
                if not isinstance(completed_type_0, bool):
                    raise TypeError(
                        f"completed_type_0: expected a boolean, got {type(completed_type_0).__name__}"
                    )

                return completed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            completed_type_1 = data

            return completed_type_1

        completed = _parse_completed(d.pop("completed", UNSET))

        def _parse_completion_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_date_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00").replace("z", "+00:00")
                )

                return completion_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            completion_date_type_1 = data

            return completion_date_type_1

        completion_date = _parse_completion_date(d.pop("completion_date", UNSET))

        completion_data = d.pop("completion_data", UNSET)

        def _parse_skill_points_computed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                skill_points_computed_type_0 = data
                if not isinstance(skill_points_computed_type_0, bool):
                    raise TypeError(
                        f"skill_points_computed_type_0: expected a boolean, got {type(skill_points_computed_type_0).__name__}"
                    )

                return skill_points_computed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            skill_points_computed_type_1 = data

            return skill_points_computed_type_1

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
