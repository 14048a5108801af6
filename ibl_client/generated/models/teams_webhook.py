from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.teams_webhook_channel_data_type_0 import TeamsWebhookChannelDataType0
    from ..models.teams_webhook_conversation_type_0 import TeamsWebhookConversationType0
    from ..models.teams_webhook_from_type_0 import TeamsWebhookFromType0
    from ..models.teams_webhook_recipient_type_0 import TeamsWebhookRecipientType0


T = TypeVar("T", bound="TeamsWebhook")


@_attrs_define
class TeamsWebhook:
    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    channel_data: None | TeamsWebhookChannelDataType0 | Unset = UNSET
    entities: list[Any] | None | Unset = UNSET
    text: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    text_format: None | str | Unset = UNSET
    recipient: None | TeamsWebhookRecipientType0 | Unset = UNSET
    conversation: None | TeamsWebhookConversationType0 | Unset = UNSET
    from_: None | TeamsWebhookFromType0 | Unset = UNSET
    channel_id: None | str | Unset = UNSET
    service_url: None | str | Unset = UNSET
    local_timezone: None | str | Unset = UNSET
    local_timestamp: None | str | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "type_": "type",
        "channel_data": "channelData",
        "text_format": "textFormat",
        "channel_id": "channelId",
        "service_url": "serviceUrl",
        "local_timezone": "localTimezone",
        "local_timestamp": "localTimestamp",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        from ..models.teams_webhook_channel_data_type_0 import TeamsWebhookChannelDataType0  # noqa: PLC0415
        from ..models.teams_webhook_conversation_type_0 import TeamsWebhookConversationType0  # noqa: PLC0415
        from ..models.teams_webhook_from_type_0 import TeamsWebhookFromType0  # noqa: PLC0415
        from ..models.teams_webhook_recipient_type_0 import TeamsWebhookRecipientType0  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        channel_data: dict[str, Any] | None | Unset
        if isinstance(self.channel_data, Unset):
            channel_data = UNSET
        elif isinstance(self.channel_data, TeamsWebhookChannelDataType0):
            channel_data = self.channel_data.to_dict()
        else:
            channel_data = self.channel_data

        entities: list[Any] | None | Unset
        if isinstance(self.entities, Unset):
            entities = UNSET
        elif isinstance(self.entities, list):
            entities = self.entities

        else:
            entities = self.entities

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        text_format: None | str | Unset
        if isinstance(self.text_format, Unset):
            text_format = UNSET
        else:
            text_format = self.text_format

        recipient: dict[str, Any] | None | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        elif isinstance(self.recipient, TeamsWebhookRecipientType0):
            recipient = self.recipient.to_dict()
        else:
            recipient = self.recipient

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, TeamsWebhookConversationType0):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, TeamsWebhookFromType0):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        channel_id: None | str | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        service_url: None | str | Unset
        if isinstance(self.service_url, Unset):
            service_url = UNSET
        else:
            service_url = self.service_url

        local_timezone: None | str | Unset
        if isinstance(self.local_timezone, Unset):
            local_timezone = UNSET
        else:
            local_timezone = self.local_timezone

        local_timestamp: None | str | Unset
        if isinstance(self.local_timestamp, Unset):
            local_timestamp = UNSET
        else:
            local_timestamp = self.local_timestamp

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if channel_data is not UNSET:
            field_dict["channelData"] = channel_data
        if entities is not UNSET:
            field_dict["entities"] = entities
        if text is not UNSET:
            field_dict["text"] = text
        if locale is not UNSET:
            field_dict["locale"] = locale
        if text_format is not UNSET:
            field_dict["textFormat"] = text_format
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if from_ is not UNSET:
            field_dict["from_"] = from_
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if service_url is not UNSET:
            field_dict["serviceUrl"] = service_url
        if local_timezone is not UNSET:
            field_dict["localTimezone"] = local_timezone
        if local_timestamp is not UNSET:
            field_dict["localTimestamp"] = local_timestamp
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.teams_webhook_channel_data_type_0 import TeamsWebhookChannelDataType0  # noqa: PLC0415
        from ..models.teams_webhook_conversation_type_0 import TeamsWebhookConversationType0  # noqa: PLC0415
        from ..models.teams_webhook_from_type_0 import TeamsWebhookFromType0  # noqa: PLC0415
        from ..models.teams_webhook_recipient_type_0 import TeamsWebhookRecipientType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = data
                if not isinstance(id_type_0, str):
                    raise TypeError(f"id_type_0: expected a string, got {type(id_type_0).__name__}")

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            id_type_1 = data

            return id_type_1

        id = _parse_id(d.pop("id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = data
                if not isinstance(type_type_0, str):
                    raise TypeError(
                        f"type_type_0: expected a string, got {type(type_type_0).__name__}"
                    )

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            type_type_1 = data

            return type_type_1

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_channel_data(data: object) -> None | TeamsWebhookChannelDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                channel_data_type_0 = TeamsWebhookChannelDataType0.from_dict(data)

                return channel_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            channel_data_type_1 = data

            return channel_data_type_1

        channel_data = _parse_channel_data(d.pop("channelData", UNSET))

        def _parse_entities(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entities_type_0 = []
                _entities_type_0 = data
                for entities_type_0_item_data in _entities_type_0:
                    entities_type_0_item = entities_type_0_item_data

                    entities_type_0.append(entities_type_0_item)

                return entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            entities_type_1 = data

            return entities_type_1

        entities = _parse_entities(d.pop("entities", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_type_0 = data
                if not isinstance(text_type_0, str):
                    raise TypeError(
                        f"text_type_0: expected a string, got {type(text_type_0).__name__}"
                    )

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            text_type_1 = data

            return text_type_1

        text = _parse_text(d.pop("text", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locale_type_0 = data
                if not isinstance(locale_type_0, str):
                    raise TypeError(
                        f"locale_type_0: expected a string, got {type(locale_type_0).__name__}"
                    )

                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            locale_type_1 = data

            return locale_type_1

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_text_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_format_type_0 = data
                if not isinstance(text_format_type_0, str):
                    raise TypeError(
                        f"textFormat_type_0: expected a string, got {type(text_format_type_0).__name__}"
                    )

                return text_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            text_format_type_1 = data

            return text_format_type_1

        text_format = _parse_text_format(d.pop("textFormat", UNSET))

        def _parse_recipient(data: object) -> None | TeamsWebhookRecipientType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recipient_type_0 = TeamsWebhookRecipientType0.from_dict(data)

                return recipient_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            recipient_type_1 = data

            return recipient_type_1

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        def _parse_conversation(data: object) -> None | TeamsWebhookConversationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_0 = TeamsWebhookConversationType0.from_dict(data)

                return conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            conversation_type_1 = data

            return conversation_type_1

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        def _parse_from_(data: object) -> None | TeamsWebhookFromType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_type_0 = TeamsWebhookFromType0.from_dict(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            from_type_1 = data

            return from_type_1

        from_ = _parse_from_(d.pop("from_", UNSET))

        def _parse_channel_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_id_type_0 = data
                if not isinstance(channel_id_type_0, str):
                    raise TypeError(
                        f"channelId_type_0: expected a string, got {type(channel_id_type_0).__name__}"
                    )

                return channel_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            channel_id_type_1 = data

            return channel_id_type_1

        channel_id = _parse_channel_id(d.pop("channelId", UNSET))

        def _parse_service_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_url_type_0 = data
                if not isinstance(service_url_type_0, str):
                    raise TypeError(
                        f"serviceUrl_type_0: expected a string, got {type(service_url_type_0).__name__}"
                    )

                return service_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            service_url_type_1 = data

            return service_url_type_1

        service_url = _parse_service_url(d.pop("serviceUrl", UNSET))

        def _parse_local_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                local_timezone_type_0 = data
                if not isinstance(local_timezone_type_0, str):
                    raise TypeError(
                        f"localTimezone_type_0: expected a string, got {type(local_timezone_type_0).__name__}"
                    )

                return local_timezone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            local_timezone_type_1 = data

            return local_timezone_type_1

        local_timezone = _parse_local_timezone(d.pop("localTimezone", UNSET))

        def _parse_local_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                local_timestamp_type_0 = data
                if not isinstance(local_timestamp_type_0, str):
                    raise TypeError(
                        f"localTimestamp_type_0: expected a string, got {type(local_timestamp_type_0).__name__}"
                    )

                return local_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            local_timestamp_type_1 = data

            return local_timestamp_type_1

        local_timestamp = _parse_local_timestamp(d.pop("localTimestamp", UNSET))

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = data
                if not isinstance(timestamp_type_0, str):
                    raise TypeError(
                        f"timestamp_type_0: expected a string, got {type(timestamp_type_0).__name__}"
                    )

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            timestamp_type_1 = data

            return timestamp_type_1

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        teams_webhook = cls(
            id=id,
            type_=type_,
            channel_data=channel_data,
            entities=entities,
            text=text,
            locale=locale,
            text_format=text_format,
            recipient=recipient,
            conversation=conversation,
            from_=from_,
            channel_id=channel_id,
            service_url=service_url,
            local_timezone=local_timezone,
            local_timestamp=local_timestamp,
            timestamp=timestamp,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        teams_webhook.additional_properties = additional_properties
        return teams_webhook

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
