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

T = TypeVar("T", bound="SlackUserConfig")


@_attrs_define
class SlackUserConfig:
    id: int
    user: int
    """ edX user ID """
    slack_team_domain: str
    """ Team Domain in the stated slack workspace. This is also the workspace name. """
    slack_username: str
    """ Username in the stated slack workspace """
    date_created: datetime.datetime
    last_modified: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        slack_team_domain = self.slack_team_domain

        slack_username = self.slack_username

        date_created = self.date_created.isoformat()

        last_modified = self.last_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user": user,
                "slack_team_domain": slack_team_domain,
                "slack_username": slack_username,
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

        slack_team_domain = d.pop("slack_team_domain")
        if not isinstance(slack_team_domain, str):
            raise FieldError("slack_team_domain", "a string", slack_team_domain)

        slack_username = d.pop("slack_username")
        if not isinstance(slack_username, str):
            raise FieldError("slack_username", "a string", slack_username)

        date_created = parse_datetime("date_created", d.pop("date_created"))

        last_modified = parse_datetime("last_modified", d.pop("last_modified"))

        slack_user_config = cls(
            id=id,
            user=user,
            slack_team_domain=slack_team_domain,
            slack_username=slack_username,
            date_created=date_created,
            last_modified=last_modified,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        slack_user_config.additional_properties = additional_properties
        return slack_user_config

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
