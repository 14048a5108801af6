from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedBotCommand")


@_attrs_define
class PatchedBotCommand:
    id: int | Unset = UNSET
    command: str | Unset = UNSET
    mentor: int | Unset = UNSET
    bot: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        command = self.command

        mentor = self.mentor

        bot = self.bot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if command is not UNSET:
            field_dict["command"] = command
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if bot is not UNSET:
            field_dict["bot"] = bot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        command = d.pop("command", UNSET)

        mentor = d.pop("mentor", UNSET)

        bot = d.pop("bot", UNSET)

        patched_bot_command = cls(
            id=id,
            command=command,
            mentor=mentor,
            bot=bot,
        )

        patched_bot_command.additional_properties = d
        return patched_bot_command

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
