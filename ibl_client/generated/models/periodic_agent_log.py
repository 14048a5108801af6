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
from ..models.periodic_agent_log_status_enum import (
    PeriodicAgentLogStatusEnum,
    check_periodic_agent_log_status_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PeriodicAgentLog")


@_attrs_define
class PeriodicAgentLog:
    id: int
    created_at: datetime.datetime
    modified_at: datetime.datetime
    periodic_agent: int
    content: str | Unset = UNSET
    status: PeriodicAgentLogStatusEnum | Unset = UNSET
    """ * `success` - Success
    * `error` - Error
    * `running` - Running """
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        periodic_agent = self.periodic_agent

        content = self.content

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "modified_at": modified_at,
                "periodic_agent": periodic_agent,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        modified_at = parse_datetime("modified_at", d.pop("modified_at"))

        periodic_agent = d.pop("periodic_agent")
        if not isinstance(periodic_agent, int) or periodic_agent is True or periodic_agent is False:
            raise FieldError("periodic_agent", "an integer", periodic_agent)

        content = d.pop("content", UNSET)
        if not isinstance(content, (str, Unset)):
            raise FieldError("content", "a string", content)

        _status = d.pop("status", UNSET)
        status: PeriodicAgentLogStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_periodic_agent_log_status_enum(_status, "status")

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = parse_datetime("start_time", _start_time)

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    end_time_type_0 = parse_datetime("end_time_type_0", data)

                    return end_time_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("end_time", member_error, "end_time_type_0"))
            if error is not None:
                raise error
            raise FieldError("end_time", "a date-time string or null", data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        periodic_agent_log = cls(
            id=id,
            created_at=created_at,
            modified_at=modified_at,
            periodic_agent=periodic_agent,
            content=content,
            status=status,
            start_time=start_time,
            end_time=end_time,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        periodic_agent_log.additional_properties = additional_properties
        return periodic_agent_log

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
