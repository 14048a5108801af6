from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)

T = TypeVar("T", bound="DiscordUserConfig")


@_attrs_define
class DiscordUserConfig:
    id: int
    user: int
    """ edX user ID """
    discord_user_id: str
    date_created: datetime.datetime
    last_modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        discord_user_id = self.discord_user_id

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "discord_user_id": discord_user_id,
                "date_created": date_created,
                "last_modified": last_modified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        user = d.pop("user")
        if not isinstance(user, int) or user is True or user is False:
            raise FieldError("user", "an integer", user)

        discord_user_id = d.pop("discord_user_id")
        if not isinstance(discord_user_id, str):
            raise FieldError("discord_user_id", "a string", discord_user_id)

        date_created = parse_datetime("date_created", d.pop("date_created"))

        last_modified = parse_datetime("last_modified", d.pop("last_modified"))

        discord_user_config = cls(
            id=id,
            user=user,
            discord_user_id=discord_user_id,
            date_created=date_created,
            last_modified=last_modified,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        discord_user_config.additional_properties = additional_properties
        return discord_user_config

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
