from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="NotificationTemplateTestResponse")


@_attrs_define
class NotificationTemplateTestResponse:
    """Serializer for test notification response"""

    success: bool
    """ Whether the test email was sent successfully """
    message: str
    """ Description of the result """
    recipient: str
    """ Email address the test was sent to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "recipient": recipient,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")
        if not isinstance(success, bool):
            raise FieldError("success", "a boolean", success)

        message = d.pop("message")
        if not isinstance(message, str):
            raise FieldError("message", "a string", message)

        recipient = d.pop("recipient")
        if not isinstance(recipient, str):
            raise FieldError("recipient", "a string", recipient)

        notification_template_test_response = cls(
            success=success,
            message=message,
            recipient=recipient,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notification_template_test_response.additional_properties = additional_properties
        return notification_template_test_response

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
