from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crontab_schedule import CrontabSchedule


T = TypeVar("T", bound="PeriodicTask")


@_attrs_define
class PeriodicTask:
    id: int
    name: str
    """ Short Description For This Task """
    crontab: CrontabSchedule
    one_off: bool | Unset = UNSET
    """ If True, the schedule will only run the task a single time """
    start_time: datetime.datetime | None | Unset = UNSET
    """ Datetime when the schedule should begin triggering the task to run """
    enabled: bool | Unset = UNSET
    """ Set to False to disable the schedule """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        crontab = self.crontab.to_dict()

        one_off = self.one_off

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "crontab": crontab,
            }
        )
        if one_off is not UNSET:
            field_dict["one_off"] = one_off
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crontab_schedule import CrontabSchedule  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        crontab = nested("crontab", CrontabSchedule, d.pop("crontab"))

        one_off = d.pop("one_off", UNSET)
        if not isinstance(one_off, (bool, Unset)):
            raise FieldError("one_off", "a boolean", one_off)

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    start_time_type_0 = parse_datetime("start_time_type_0", data)

                    return start_time_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("start_time", member_error, "start_time_type_0"))
            if error is not None:
                raise error
            raise FieldError("start_time", "a date-time string or null", data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        periodic_task = cls(
            id=id,
            name=name,
            crontab=crontab,
            one_off=one_off,
            start_time=start_time,
            enabled=enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        periodic_task.additional_properties = additional_properties
        return periodic_task

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
