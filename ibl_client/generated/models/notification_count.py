from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.status_3_da_enum import Status3DaEnum, check_status_3_da_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationCount")


@_attrs_define
class NotificationCount:
    status: Status3DaEnum | Unset = UNSET
    """ * `READ` - Read
    * `UNREAD` - Unread
    * `CANCELLED` - Cancelled """
    channel: str | Unset = UNSET
    """ Filter count by delivery channel """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: Status3DaEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_status_3_da_enum(_status, "status")

        channel = d.pop("channel", UNSET)
        if not isinstance(channel, (str, Unset)):
            raise FieldError("channel", "a string", channel)

        notification_count = cls(
            status=status,
            channel=channel,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notification_count.additional_properties = additional_properties
        return notification_count

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
