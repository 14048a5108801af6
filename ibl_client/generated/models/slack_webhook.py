from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.slack_webhook_event import SlackWebhookEvent


T = TypeVar("T", bound="SlackWebhook")


@_attrs_define
class SlackWebhook:
    type_: str
    event: SlackWebhookEvent
    command: str
    response_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event = self.event.to_dict()

        command = self.command

        response_url = self.response_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
                "command": command,
                "response_url": response_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slack_webhook_event import SlackWebhookEvent  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        event = SlackWebhookEvent.from_dict(d.pop("event"))

        command = d.pop("command")
        if not isinstance(command, str):
            raise TypeError(f"command: expected a string, got {type(command).__name__}")

        response_url = d.pop("response_url")
        if not isinstance(response_url, str):
            raise TypeError(f"response_url: expected a string, got {type(response_url).__name__}")

        slack_webhook = cls(
            type_=type_,
            event=event,
            command=command,
            response_url=response_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        slack_webhook.additional_properties = additional_properties
        return slack_webhook

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
