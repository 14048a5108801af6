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
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeSpentUpdateRequest")


@_attrs_define
class TimeSpentUpdateRequest:
    timestamp: datetime.datetime
    """ Time when the event occurred, ensure it is UTC (ISO 8601 format) """
    count: int
    """ Time spent in seconds """
    url: str
    """ Source URL """
    course_id: str | Unset = UNSET
    """ Course ID to track time spent """
    mentor_uuid: str | Unset = UNSET
    """ Mentor UUID to track time spent """
    block_id: str | Unset = UNSET
    """ Block ID to track time spent """
    metadata: Any | Unset = UNSET
    """ Additional metadata """
    session_uuid: str | Unset = UNSET
    """ Session UUID to track time spent """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        count = self.count

        url = self.url

        course_id = self.course_id

        mentor_uuid = self.mentor_uuid

        block_id = self.block_id

        metadata = self.metadata

        session_uuid = self.session_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "count": count,
                "url": url,
            }
        )
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if mentor_uuid is not UNSET:
            field_dict["mentor_uuid"] = mentor_uuid
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if session_uuid is not UNSET:
            field_dict["session_uuid"] = session_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = parse_datetime("timestamp", d.pop("timestamp"))

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        url = d.pop("url")
        if not isinstance(url, str):
            raise FieldError("url", "a string", url)

        course_id = d.pop("course_id", UNSET)
        if not isinstance(course_id, (str, Unset)):
            raise FieldError("course_id", "a string", course_id)

        mentor_uuid = d.pop("mentor_uuid", UNSET)
        if not isinstance(mentor_uuid, (str, Unset)):
            raise FieldError("mentor_uuid", "a string", mentor_uuid)

        block_id = d.pop("block_id", UNSET)
        if not isinstance(block_id, (str, Unset)):
            raise FieldError("block_id", "a string", block_id)

        metadata = d.pop("metadata", UNSET)

        session_uuid = d.pop("session_uuid", UNSET)
        if not isinstance(session_uuid, (str, Unset)):
            raise FieldError("session_uuid", "a string", session_uuid)

        time_spent_update_request = cls(
            timestamp=timestamp,
            count=count,
            url=url,
            course_id=course_id,
            mentor_uuid=mentor_uuid,
            block_id=block_id,
            metadata=metadata,
            session_uuid=session_uuid,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        time_spent_update_request.additional_properties = additional_properties
        return time_spent_update_request

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
