from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_uuid,
)

T = TypeVar("T", bound="SendResponse")


@_attrs_define
class SendResponse:
    """Response serializer for send notification"""

    status: str
    notifications_sent: int
    build_id: UUID
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        notifications_sent = self.notifications_sent

        build_id = str(self.build_id)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "notifications_sent": notifications_sent,
                "build_id": build_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")
        if not isinstance(status, str):
            raise FieldError("status", "a string", status)

        notifications_sent = d.pop("notifications_sent")
        if (
            not isinstance(notifications_sent, int)
            or notifications_sent is True
            or notifications_sent is False
        ):
            raise FieldError("notifications_sent", "an integer", notifications_sent)

        build_id = parse_uuid("build_id", d.pop("build_id"))

        message = d.pop("message")
        if not isinstance(message, str):
            raise FieldError("message", "a string", message)

        send_response = cls(
            status=status,
            notifications_sent=notifications_sent,
            build_id=build_id,
            message=message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        send_response.additional_properties = additional_properties
        return send_response

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
