from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedSlackConfig")


@_attrs_define
class PatchedSlackConfig:
    id: int | Unset = UNSET
    bot: int | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    app_token: str | Unset = UNSET
    verification_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bot = self.bot

        client_id = self.client_id

        client_secret = self.client_secret

        app_token = self.app_token

        verification_token = self.verification_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if bot is not UNSET:
            field_dict["bot"] = bot
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if app_token is not UNSET:
            field_dict["app_token"] = app_token
        if verification_token is not UNSET:
            field_dict["verification_token"] = verification_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        bot = d.pop("bot", UNSET)
        if not isinstance(bot, (int, Unset)) or bot is True or bot is False:
            raise FieldError("bot", "an integer", bot)

        client_id = d.pop("client_id", UNSET)
        if not isinstance(client_id, (str, Unset)):
            raise FieldError("client_id", "a string", client_id)

        client_secret = d.pop("client_secret", UNSET)
        if not isinstance(client_secret, (str, Unset)):
            raise FieldError("client_secret", "a string", client_secret)

        app_token = d.pop("app_token", UNSET)
        if not isinstance(app_token, (str, Unset)):
            raise FieldError("app_token", "a string", app_token)

        verification_token = d.pop("verification_token", UNSET)
        if not isinstance(verification_token, (str, Unset)):
            raise FieldError("verification_token", "a string", verification_token)

        patched_slack_config = cls(
            id=id,
            bot=bot,
            client_id=client_id,
            client_secret=client_secret,
            app_token=app_token,
            verification_token=verification_token,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_slack_config.additional_properties = additional_properties
        return patched_slack_config

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
