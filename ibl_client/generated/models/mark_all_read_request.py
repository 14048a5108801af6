from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarkAllReadRequest")


@_attrs_define
class MarkAllReadRequest:
    """Serializer for the request to mark notifications as read."""

    notification_ids: list[UUID] | Unset = UNSET
    """ Optional list of notification IDs to mark as read. If not provided, all unread notifications will be marked
    as read. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_ids: list[str] | Unset = UNSET
        if not isinstance(self.notification_ids, Unset):
            notification_ids = []
            for notification_ids_item_data in self.notification_ids:
                notification_ids_item = str(notification_ids_item_data)
                notification_ids.append(notification_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_ids is not UNSET:
            field_dict["notification_ids"] = notification_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _notification_ids = d.pop("notification_ids", UNSET)
        notification_ids: list[UUID] | Unset = UNSET
        if _notification_ids is not UNSET:
            if not isinstance(_notification_ids, list):
                raise FieldError("notification_ids", "an array", _notification_ids)
            notification_ids = []
            for _notification_ids_index, notification_ids_item_data in enumerate(_notification_ids):
                try:
                    notification_ids_item = parse_uuid(
                        "notification_ids_item", notification_ids_item_data
                    )

                except PARSE_ERRORS as _notification_ids_error:
                    raise within(
                        ("notification_ids", _notification_ids_index),
                        _notification_ids_error,
                        "notification_ids_item",
                    ) from _notification_ids_error
                notification_ids.append(notification_ids_item)

        mark_all_read_request = cls(
            notification_ids=notification_ids,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mark_all_read_request.additional_properties = additional_properties
        return mark_all_read_request

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
