from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.provider_05c_enum import Provider05CEnum, check_provider_05c_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedBotCreate")


@_attrs_define
class PatchedBotCreate:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    provider: Provider05CEnum | Unset = UNSET
    """ * `webex` - Webex
    * `slack` - Slack
    * `whatsapp` - Whatsapp
    * `discord` - Discord
    * `teams` - Teams """
    is_configured: bool | Unset = UNSET
    webhook_url: str | Unset = UNSET
    discord_config: int | Unset = UNSET
    webex_config: int | Unset = UNSET
    whatsapp_config: int | Unset = UNSET
    teams_config: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        is_configured = self.is_configured

        webhook_url = self.webhook_url

        discord_config = self.discord_config

        webex_config = self.webex_config

        whatsapp_config = self.whatsapp_config

        teams_config = self.teams_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if is_configured is not UNSET:
            field_dict["is_configured"] = is_configured
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if discord_config is not UNSET:
            field_dict["discord_config"] = discord_config
        if webex_config is not UNSET:
            field_dict["webex_config"] = webex_config
        if whatsapp_config is not UNSET:
            field_dict["whatsapp_config"] = whatsapp_config
        if teams_config is not UNSET:
            field_dict["teams_config"] = teams_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        _provider = d.pop("provider", UNSET)
        provider: Provider05CEnum | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_provider_05c_enum(_provider, "provider")

        is_configured = d.pop("is_configured", UNSET)
        if not isinstance(is_configured, (bool, Unset)):
            raise FieldError("is_configured", "a boolean", is_configured)

        webhook_url = d.pop("webhook_url", UNSET)
        if not isinstance(webhook_url, (str, Unset)):
            raise FieldError("webhook_url", "a string", webhook_url)

        discord_config = d.pop("discord_config", UNSET)
        if (
            not isinstance(discord_config, (int, Unset))
            or discord_config is True
            or discord_config is False
        ):
            raise FieldError("discord_config", "an integer", discord_config)

        webex_config = d.pop("webex_config", UNSET)
        if (
            not isinstance(webex_config, (int, Unset))
            or webex_config is True
            or webex_config is False
        ):
            raise FieldError("webex_config", "an integer", webex_config)

        whatsapp_config = d.pop("whatsapp_config", UNSET)
        if (
            not isinstance(whatsapp_config, (int, Unset))
            or whatsapp_config is True
            or whatsapp_config is False
        ):
            raise FieldError("whatsapp_config", "an integer", whatsapp_config)

        teams_config = d.pop("teams_config", UNSET)
        if (
            not isinstance(teams_config, (int, Unset))
            or teams_config is True
            or teams_config is False
        ):
            raise FieldError("teams_config", "an integer", teams_config)

        patched_bot_create = cls(
            id=id,
            name=name,
            provider=provider,
            is_configured=is_configured,
            webhook_url=webhook_url,
            discord_config=discord_config,
            webex_config=webex_config,
            whatsapp_config=whatsapp_config,
            teams_config=teams_config,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_bot_create.additional_properties = additional_properties
        return patched_bot_create

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
