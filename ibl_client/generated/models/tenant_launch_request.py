from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantLaunchRequest")


@_attrs_define
class TenantLaunchRequest:
    username: str
    email: str
    name: str
    """ Organization name """
    key: str
    """ Unique key for the organization """
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    password: str | Unset = UNSET
    ignore_user_exists: bool | Unset = UNSET
    is_advertising: bool | Unset = UNSET
    """ Advertising mode allows a platform to set custom usd balance to allocate for its members """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        name = self.name

        key = self.key

        firstname = self.firstname

        lastname = self.lastname

        password = self.password

        ignore_user_exists = self.ignore_user_exists

        is_advertising = self.is_advertising

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "email": email,
                "name": name,
                "key": key,
            }
        )
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if password is not UNSET:
            field_dict["password"] = password
        if ignore_user_exists is not UNSET:
            field_dict["ignore_user_exists"] = ignore_user_exists
        if is_advertising is not UNSET:
            field_dict["is_advertising"] = is_advertising

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

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        key = d.pop("key")
        if not isinstance(key, str):
            raise FieldError("key", "a string", key)

        firstname = d.pop("firstname", UNSET)
        if not isinstance(firstname, (str, Unset)):
            raise FieldError("firstname", "a string", firstname)

        lastname = d.pop("lastname", UNSET)
        if not isinstance(lastname, (str, Unset)):
            raise FieldError("lastname", "a string", lastname)

        password = d.pop("password", UNSET)
        if not isinstance(password, (str, Unset)):
            raise FieldError("password", "a string", password)

        ignore_user_exists = d.pop("ignore_user_exists", UNSET)
        if not isinstance(ignore_user_exists, (bool, Unset)):
            raise FieldError("ignore_user_exists", "a boolean", ignore_user_exists)

        is_advertising = d.pop("is_advertising", UNSET)
        if not isinstance(is_advertising, (bool, Unset)):
            raise FieldError("is_advertising", "a boolean", is_advertising)

        tenant_launch_request = cls(
            username=username,
            email=email,
            name=name,
            key=key,
            firstname=firstname,
            lastname=lastname,
            password=password,
            ignore_user_exists=ignore_user_exists,
            is_advertising=is_advertising,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        tenant_launch_request.additional_properties = additional_properties
        return tenant_launch_request

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
