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

T = TypeVar("T", bound="PathwayEnrollment")


@_attrs_define
class PathwayEnrollment:
    active: bool
    created: datetime.datetime | None | Unset = UNSET
    ended: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        ended: None | str | Unset
        if isinstance(self.ended, Unset):
            ended = UNSET
        elif isinstance(self.ended, datetime.datetime):
            ended = self.ended.isoformat()
        else:
            ended = self.ended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if ended is not UNSET:
            field_dict["ended"] = ended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")
        if not isinstance(active, bool):
            raise FieldError("active", "a boolean", active)

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    created_type_0 = parse_datetime("created_type_0", data)

                    return created_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("created", member_error, "created_type_0"))
            if error is not None:
                raise error
            raise FieldError("created", "a date-time string or null", data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_ended(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    ended_type_0 = parse_datetime("ended_type_0", data)

                    return ended_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("ended", member_error, "ended_type_0"))
            if error is not None:
                raise error
            raise FieldError("ended", "a date-time string or null", data)

        ended = _parse_ended(d.pop("ended", UNSET))

        pathway_enrollment = cls(
            active=active,
            created=created,
            ended=ended,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway_enrollment.additional_properties = additional_properties
        return pathway_enrollment

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
