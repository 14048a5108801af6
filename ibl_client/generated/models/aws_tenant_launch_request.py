from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AWSTenantLaunchRequest")


@_attrs_define
class AWSTenantLaunchRequest:
    username: str
    email: str
    name: str
    """ Organization name """
    key: str
    """ Unique key for the organization """
    aws_transaction_id: str
    """ AWS Marketplace Customer Id and Product Code Identifier """
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    password: str | Unset = UNSET
    ignore_user_exists: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        name = self.name

        key = self.key

        aws_transaction_id = self.aws_transaction_id

        firstname = self.firstname

        lastname = self.lastname

        password = self.password

        ignore_user_exists = self.ignore_user_exists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "email": email,
                "name": name,
                "key": key,
                "aws_transaction_id": aws_transaction_id,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        email = d.pop("email")

        name = d.pop("name")

        key = d.pop("key")

        aws_transaction_id = d.pop("aws_transaction_id")

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        password = d.pop("password", UNSET)

        ignore_user_exists = d.pop("ignore_user_exists", UNSET)

        aws_tenant_launch_request = cls(
            username=username,
            email=email,
            name=name,
            key=key,
            aws_transaction_id=aws_transaction_id,
            firstname=firstname,
            lastname=lastname,
            password=password,
            ignore_user_exists=ignore_user_exists,
        )

        aws_tenant_launch_request.additional_properties = d
        return aws_tenant_launch_request

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
