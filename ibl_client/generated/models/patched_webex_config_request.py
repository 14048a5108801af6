from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedWebexConfigRequest")


@_attrs_define
class PatchedWebexConfigRequest:
    webex_bot_id: str | Unset = UNSET
    """ Bot id from webex """
    bot_access_token: str | Unset = UNSET
    bot_username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webex_bot_id = self.webex_bot_id

        bot_access_token = self.bot_access_token

        bot_username = self.bot_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webex_bot_id is not UNSET:
            field_dict["webex_bot_id"] = webex_bot_id
        if bot_access_token is not UNSET:
            field_dict["bot_access_token"] = bot_access_token
        if bot_username is not UNSET:
            field_dict["bot_username"] = bot_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webex_bot_id = d.pop("webex_bot_id", UNSET)
        if not isinstance(webex_bot_id, (str, Unset)):
            raise FieldError("webex_bot_id", "a string", webex_bot_id)

        bot_access_token = d.pop("bot_access_token", UNSET)
        if not isinstance(bot_access_token, (str, Unset)):
            raise FieldError("bot_access_token", "a string", bot_access_token)

        bot_username = d.pop("bot_username", UNSET)
        if not isinstance(bot_username, (str, Unset)):
            raise FieldError("bot_username", "a string", bot_username)

        patched_webex_config_request = cls(
            webex_bot_id=webex_bot_id,
            bot_access_token=bot_access_token,
            bot_username=bot_username,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_webex_config_request.additional_properties = additional_properties
        return patched_webex_config_request

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
