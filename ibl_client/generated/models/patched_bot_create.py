from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        name = d.pop("name", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: Provider05CEnum | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_provider_05c_enum(_provider)

        is_configured = d.pop("is_configured", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        discord_config = d.pop("discord_config", UNSET)

        webex_config = d.pop("webex_config", UNSET)

        whatsapp_config = d.pop("whatsapp_config", UNSET)

        teams_config = d.pop("teams_config", UNSET)

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

        patched_bot_create.additional_properties = d
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
