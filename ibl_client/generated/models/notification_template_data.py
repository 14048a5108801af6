from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationTemplateData")


@_attrs_define
class NotificationTemplateData:
    message_body: str
    """ This would be the body of the message. Some context are available to use in the system.
    e.g
    ```
    This is a sample message to {{username}}.
    Available accessors are
    - site_name
    - site_url
    - site_logo_url
    - username
    and <anything passed into context dictionary>
    ``` """
    message_title: None | str | Unset = UNSET
    """ Title of the message """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_body = self.message_body

        message_title: None | str | Unset
        if isinstance(self.message_title, Unset):
            message_title = UNSET
        else:
            message_title = self.message_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_body": message_body,
            }
        )
        if message_title is not UNSET:
            field_dict["message_title"] = message_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_body = d.pop("message_body")
        if not isinstance(message_body, str):
            raise FieldError("message_body", "a string", message_body)

        def _parse_message_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("message_title", "a string or null", data)

        message_title = _parse_message_title(d.pop("message_title", UNSET))

        notification_template_data = cls(
            message_body=message_body,
            message_title=message_title,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notification_template_data.additional_properties = additional_properties
        return notification_template_data

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
