from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedDiscordConfigRequest")


@_attrs_define
class PatchedDiscordConfigRequest:
    client_id: str | Unset = UNSET
    token: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        token = self.token

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if token is not UNSET:
            field_dict["token"] = token
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)
        if not isinstance(client_id, (str, Unset)):
            raise FieldError("client_id", "a string", client_id)

        token = d.pop("token", UNSET)
        if not isinstance(token, (str, Unset)):
            raise FieldError("token", "a string", token)

        client_secret = d.pop("client_secret", UNSET)
        if not isinstance(client_secret, (str, Unset)):
            raise FieldError("client_secret", "a string", client_secret)

        patched_discord_config_request = cls(
            client_id=client_id,
            token=token,
            client_secret=client_secret,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_discord_config_request.additional_properties = additional_properties
        return patched_discord_config_request

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
