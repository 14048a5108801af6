from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    nested,
)

if TYPE_CHECKING:
    from ..models.auth_token import AuthToken
    from ..models.manager_auth_token import ManagerAuthToken
    from ..models.token_proxy_user import TokenProxyUser


T = TypeVar("T", bound="TokenProxyOutputSerializerData")


@_attrs_define
class TokenProxyOutputSerializerData:
    """Core data for Response"""

    user: TokenProxyUser
    """ Serializer for User model for TokenProxyOutputSerializerData """
    axd_token: AuthToken
    dm_token: ManagerAuthToken
    """ Manager auth token serializer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        axd_token = self.axd_token.to_dict()

        dm_token = self.dm_token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "axd_token": axd_token,
                "dm_token": dm_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_token import AuthToken  # noqa: PLC0415
        from ..models.manager_auth_token import ManagerAuthToken  # noqa: PLC0415
        from ..models.token_proxy_user import TokenProxyUser  # noqa: PLC0415

        d = dict(src_dict)
        user = nested("user", TokenProxyUser, d.pop("user"))

        axd_token = nested("axd_token", AuthToken, d.pop("axd_token"))

        dm_token = nested("dm_token", ManagerAuthToken, d.pop("dm_token"))

        token_proxy_output_serializer_data = cls(
            user=user,
            axd_token=axd_token,
            dm_token=dm_token,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        token_proxy_output_serializer_data.additional_properties = additional_properties
        return token_proxy_output_serializer_data

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
