from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    parse_datetime,
)
from ..models.blank_enum import BlankEnum, check_blank_enum
from ..models.status_3_da_enum import Status3DaEnum, check_status_3_da_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedNotificationRequest")


@_attrs_define
class PatchedNotificationRequest:
    status: BlankEnum | Status3DaEnum | Unset = UNSET
    context: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        context = self.context

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if context is not UNSET:
            field_dict["context"] = context
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> BlankEnum | Status3DaEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                return check_status_3_da_enum(data, "status", known_only=True)
            except PARSE_ERRORS:
                pass
            try:
                return check_blank_enum(data, "status", known_only=True)
            except PARSE_ERRORS:
                pass
            if isinstance(data, str):
                return check_status_3_da_enum(data, "status")
            raise FieldError("status", "one of Status3DaEnum or one of BlankEnum", data)

        status = _parse_status(d.pop("status", UNSET))

        context = d.pop("context", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime("created_at", _created_at)

        patched_notification_request = cls(
            status=status,
            context=context,
            created_at=created_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_notification_request.additional_properties = additional_properties
        return patched_notification_request

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
