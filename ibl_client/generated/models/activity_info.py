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

T = TypeVar("T", bound="ActivityInfo")


@_attrs_define
class ActivityInfo:
    """Serializer for activity information."""

    first_activity: datetime.datetime | None
    last_activity: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_activity: None | str
        if isinstance(self.first_activity, datetime.datetime):
            first_activity = self.first_activity.isoformat()
        else:
            first_activity = self.first_activity

        last_activity: None | str
        if isinstance(self.last_activity, datetime.datetime):
            last_activity = self.last_activity.isoformat()
        else:
            last_activity = self.last_activity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_activity": first_activity,
                "last_activity": last_activity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_first_activity(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    first_activity_type_0 = parse_datetime("first_activity_type_0", data)

                    return first_activity_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("first_activity", member_error, "first_activity_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("first_activity", "a date-time string or null", data)

        first_activity = _parse_first_activity(d.pop("first_activity"))

        def _parse_last_activity(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    last_activity_type_0 = parse_datetime("last_activity_type_0", data)

                    return last_activity_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("last_activity", member_error, "last_activity_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("last_activity", "a date-time string or null", data)

        last_activity = _parse_last_activity(d.pop("last_activity"))

        activity_info = cls(
            first_activity=first_activity,
            last_activity=last_activity,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        activity_info.additional_properties = additional_properties
        return activity_info

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
