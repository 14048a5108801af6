from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="ChatHistoryFilterUser")


@_attrs_define
class ChatHistoryFilterUser:
    username: str
    email: str
    lti_email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        lti_email = self.lti_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "email": email,
                "lti_email": lti_email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        email = d.pop("email")
        if not isinstance(email, str):
            raise FieldError("email", "a string", email)

        lti_email = d.pop("lti_email")
        if not isinstance(lti_email, str):
            raise FieldError("lti_email", "a string", lti_email)

        chat_history_filter_user = cls(
            username=username,
            email=email,
            lti_email=lti_email,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        chat_history_filter_user.additional_properties = additional_properties
        return chat_history_filter_user

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
