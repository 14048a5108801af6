from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="UserProxyPostResponse")


@_attrs_define
class UserProxyPostResponse:
    user_id: int
    username: str
    email: str
    active: bool
    edx_data: Any
    data: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        email = self.email

        active = self.active

        edx_data = self.edx_data

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "active": active,
                "edx_data": edx_data,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if not isinstance(user_id, int) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        email = d.pop("email")
        if not isinstance(email, str):
            raise FieldError("email", "a string", email)

        active = d.pop("active")
        if not isinstance(active, bool):
            raise FieldError("active", "a boolean", active)

        edx_data = d.pop("edx_data")

        data = d.pop("data")

        user_proxy_post_response = cls(
            user_id=user_id,
            username=username,
            email=email,
            active=active,
            edx_data=edx_data,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_proxy_post_response.additional_properties = additional_properties
        return user_proxy_post_response

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
