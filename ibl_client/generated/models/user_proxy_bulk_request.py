from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)

if TYPE_CHECKING:
    from ..models.user_proxy_bulk_request_users_item import UserProxyBulkRequestUsersItem


T = TypeVar("T", bound="UserProxyBulkRequest")


@_attrs_define
class UserProxyBulkRequest:
    users: list[UserProxyBulkRequestUsersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_proxy_bulk_request_users_item import UserProxyBulkRequestUsersItem  # noqa: PLC0415

        d = dict(src_dict)
        _users = d.pop("users")
        if not isinstance(_users, list):
            raise FieldError("users", "an array", _users)
        users = []
        for _users_index, users_item_data in enumerate(_users):
            try:
                users_item = nested("users_item", UserProxyBulkRequestUsersItem, users_item_data)

            except PARSE_ERRORS as _users_error:
                raise within(("users", _users_index), _users_error, "users_item") from _users_error
            users.append(users_item)

        user_proxy_bulk_request = cls(
            users=users,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_proxy_bulk_request.additional_properties = additional_properties
        return user_proxy_bulk_request

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
