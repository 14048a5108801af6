from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DiscordWebhook")


@_attrs_define
class DiscordWebhook:
    application_id: str
    type_: str
    token: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        type_ = self.type_

        token = self.token

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "type": type_,
                "token": token,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")
        if not isinstance(application_id, str):
            raise TypeError(
                f"application_id: expected a string, got {type(application_id).__name__}"
            )

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        token = d.pop("token")
        if not isinstance(token, str):
            raise TypeError(f"token: expected a string, got {type(token).__name__}")

        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        discord_webhook = cls(
            application_id=application_id,
            type_=type_,
            token=token,
            id=id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        discord_webhook.additional_properties = additional_properties
        return discord_webhook

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
