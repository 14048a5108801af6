from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.provider_05c_enum import Provider05CEnum, check_provider_05c_enum

T = TypeVar("T", bound="Bot")


@_attrs_define
class Bot:
    id: int
    platform: int
    tenant: str
    name: str
    provider: Provider05CEnum
    """ * `webex` - Webex
    * `slack` - Slack
    * `whatsapp` - Whatsapp
    * `discord` - Discord
    * `teams` - Teams """
    is_configured: bool
    slack_config: int
    discord_config: int
    webex_config: int
    whatsapp_config: int
    teams_config: int
    webhook_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform = self.platform

        tenant = self.tenant

        name = self.name

        provider: str = self.provider

        is_configured = self.is_configured

        slack_config = self.slack_config

        discord_config = self.discord_config

        webex_config = self.webex_config

        whatsapp_config = self.whatsapp_config

        teams_config = self.teams_config

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform": platform,
                "tenant": tenant,
                "name": name,
                "provider": provider,
                "is_configured": is_configured,
                "slack_config": slack_config,
                "discord_config": discord_config,
                "webex_config": webex_config,
                "whatsapp_config": whatsapp_config,
                "teams_config": teams_config,
                "webhook_url": webhook_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise FieldError("platform", "an integer", platform)

        tenant = d.pop("tenant")
        if not isinstance(tenant, str):
            raise FieldError("tenant", "a string", tenant)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        provider = check_provider_05c_enum(d.pop("provider"), "provider")

        is_configured = d.pop("is_configured")
        if not isinstance(is_configured, bool):
            raise FieldError("is_configured", "a boolean", is_configured)

        slack_config = d.pop("slack_config")
        if not isinstance(slack_config, int) or slack_config is True or slack_config is False:
            raise FieldError("slack_config", "an integer", slack_config)

        discord_config = d.pop("discord_config")
        if not isinstance(discord_config, int) or discord_config is True or discord_config is False:
            raise FieldError("discord_config", "an integer", discord_config)

        webex_config = d.pop("webex_config")
        if not isinstance(webex_config, int) or webex_config is True or webex_config is False:
            raise FieldError("webex_config", "an integer", webex_config)

        whatsapp_config = d.pop("whatsapp_config")
        if (
            not isinstance(whatsapp_config, int)
            or whatsapp_config is True
            or whatsapp_config is False
        ):
            raise FieldError("whatsapp_config", "an integer", whatsapp_config)

        teams_config = d.pop("teams_config")
        if not isinstance(teams_config, int) or teams_config is True or teams_config is False:
            raise FieldError("teams_config", "an integer", teams_config)

        webhook_url = d.pop("webhook_url")
        if not isinstance(webhook_url, str):
            raise FieldError("webhook_url", "a string", webhook_url)

        bot = cls(
            id=id,
            platform=platform,
            tenant=tenant,
            name=name,
            provider=provider,
            is_configured=is_configured,
            slack_config=slack_config,
            discord_config=discord_config,
            webex_config=webex_config,
            whatsapp_config=whatsapp_config,
            teams_config=teams_config,
            webhook_url=webhook_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        bot.additional_properties = additional_properties
        return bot

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
