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

T = TypeVar("T", bound="NotificationsUpdate")


@_attrs_define
class NotificationsUpdate:
    status: Status3DaEnum
    """ * `READ` - Read
    * `UNREAD` - Unread
    * `CANCELLED` - Cancelled """
    notification_id: str | Unset = UNSET
    """ Comma-separated list of notification UUIDs to update """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        notification_id = self.notification_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if notification_id is not UNSET:
            field_dict["notification_id"] = notification_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_status_3_da_enum(d.pop("status"), "status")

        notification_id = d.pop("notification_id", UNSET)
        if not isinstance(notification_id, (str, Unset)):
            raise FieldError("notification_id", "a string", notification_id)

        notifications_update = cls(
            status=status,
            notification_id=notification_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notifications_update.additional_properties = additional_properties
        return notifications_update

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
