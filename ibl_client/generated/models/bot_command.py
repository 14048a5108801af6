from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="BotCommand")


@_attrs_define
class BotCommand:
    id: int
    command: str
    mentor: int
    bot: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        command = self.command

        mentor = self.mentor

        bot = self.bot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "command": command,
                "mentor": mentor,
                "bot": bot,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        command = d.pop("command")
        if not isinstance(command, str):
            raise FieldError("command", "a string", command)

        mentor = d.pop("mentor")
        if not isinstance(mentor, int) or mentor is True or mentor is False:
            raise FieldError("mentor", "an integer", mentor)

        bot = d.pop("bot")
        if not isinstance(bot, int) or bot is True or bot is False:
            raise FieldError("bot", "an integer", bot)

        bot_command = cls(
            id=id,
            command=command,
            mentor=mentor,
            bot=bot,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        bot_command.additional_properties = additional_properties
        return bot_command

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
