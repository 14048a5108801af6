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
from ..models.target_system_enum import TargetSystemEnum, check_target_system_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationLog")


@_attrs_define
class ModerationLog:
    id: int
    email: str
    platform_key: str
    mentor: int
    prompt: str
    reason: str
    date_created: datetime.datetime
    username: str | Unset = UNSET
    target_system: TargetSystemEnum | Unset = UNSET
    """ * `Safety System` - Safety System
    * `Moderation System` - Moderation System """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        platform_key = self.platform_key

        mentor = self.mentor

        prompt = self.prompt

        reason = self.reason

        date_created = self.date_created.isoformat()

        username = self.username

        target_system: str | Unset = UNSET
        if not isinstance(self.target_system, Unset):
            target_system = self.target_system

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "platform_key": platform_key,
                "mentor": mentor,
                "prompt": prompt,
                "reason": reason,
                "date_created": date_created,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if target_system is not UNSET:
            field_dict["target_system"] = target_system

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        email = d.pop("email")
        if not isinstance(email, str):
            raise FieldError("email", "a string", email)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        mentor = d.pop("mentor")
        if not isinstance(mentor, int) or mentor is True or mentor is False:
            raise FieldError("mentor", "an integer", mentor)

        prompt = d.pop("prompt")
        if not isinstance(prompt, str):
            raise FieldError("prompt", "a string", prompt)

        reason = d.pop("reason")
        if not isinstance(reason, str):
            raise FieldError("reason", "a string", reason)

        date_created = parse_datetime("date_created", d.pop("date_created"))

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        _target_system = d.pop("target_system", UNSET)
        target_system: TargetSystemEnum | Unset
        if isinstance(_target_system, Unset):
            target_system = UNSET
        else:
            target_system = check_target_system_enum(_target_system, "target_system")

        moderation_log = cls(
            id=id,
            email=email,
            platform_key=platform_key,
            mentor=mentor,
            prompt=prompt,
            reason=reason,
            date_created=date_created,
            username=username,
            target_system=target_system,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        moderation_log.additional_properties = additional_properties
        return moderation_log

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
