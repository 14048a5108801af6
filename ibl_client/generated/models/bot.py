from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        platform = d.pop("platform")

        tenant = d.pop("tenant")

        name = d.pop("name")

        provider = check_provider_05c_enum(d.pop("provider"))

        is_configured = d.pop("is_configured")

        slack_config = d.pop("slack_config")

        discord_config = d.pop("discord_config")

        webex_config = d.pop("webex_config")

        whatsapp_config = d.pop("whatsapp_config")

        teams_config = d.pop("teams_config")

        webhook_url = d.pop("webhook_url")

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

        bot.additional_properties = d
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
