from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedWhatsappConfig")


@_attrs_define
class PatchedWhatsappConfig:
    id: int | Unset = UNSET
    bot: int | Unset = UNSET
    phone_number_id: str | Unset = UNSET
    application_secret: str | Unset = UNSET
    webhook_verification_token: str | Unset = UNSET
    access_token: str | Unset = UNSET
    """ Access token to the bot. This can also be a temporary access token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bot = self.bot

        phone_number_id = self.phone_number_id

        application_secret = self.application_secret

        webhook_verification_token = self.webhook_verification_token

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if bot is not UNSET:
            field_dict["bot"] = bot
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if application_secret is not UNSET:
            field_dict["application_secret"] = application_secret
        if webhook_verification_token is not UNSET:
            field_dict["webhook_verification_token"] = webhook_verification_token
        if access_token is not UNSET:
            field_dict["access_token"] = access_token

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

        phone_number_id = d.pop("phone_number_id", UNSET)
        if not isinstance(phone_number_id, (str, Unset)):
            raise FieldError("phone_number_id", "a string", phone_number_id)

        application_secret = d.pop("application_secret", UNSET)
        if not isinstance(application_secret, (str, Unset)):
            raise FieldError("application_secret", "a string", application_secret)

        webhook_verification_token = d.pop("webhook_verification_token", UNSET)
        if not isinstance(webhook_verification_token, (str, Unset)):
            raise FieldError("webhook_verification_token", "a string", webhook_verification_token)

        access_token = d.pop("access_token", UNSET)
        if not isinstance(access_token, (str, Unset)):
            raise FieldError("access_token", "a string", access_token)

        patched_whatsapp_config = cls(
            id=id,
            bot=bot,
            phone_number_id=phone_number_id,
            application_secret=application_secret,
            webhook_verification_token=webhook_verification_token,
            access_token=access_token,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_whatsapp_config.additional_properties = additional_properties
        return patched_whatsapp_config

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
