from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="DiscordConfig")


@_attrs_define
class DiscordConfig:
    id: int
    bot: int
    client_id: str
    token: str
    client_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bot = self.bot

        client_id = self.client_id

        token = self.token

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "bot": bot,
                "client_id": client_id,
                "token": token,
                "client_secret": client_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        bot = d.pop("bot")
        if not isinstance(bot, int) or bot is True or bot is False:
            raise FieldError("bot", "an integer", bot)

        client_id = d.pop("client_id")
        if not isinstance(client_id, str):
            raise FieldError("client_id", "a string", client_id)

        token = d.pop("token")
        if not isinstance(token, str):
            raise FieldError("token", "a string", token)

        client_secret = d.pop("client_secret")
        if not isinstance(client_secret, str):
            raise FieldError("client_secret", "a string", client_secret)

        discord_config = cls(
            id=id,
            bot=bot,
            client_id=client_id,
            token=token,
            client_secret=client_secret,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        discord_config.additional_properties = additional_properties
        return discord_config

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
