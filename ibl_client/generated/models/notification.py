from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blank_enum import BlankEnum, check_blank_enum
from ..models.status_3_da_enum import Status3DaEnum, check_status_3_da_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    id: UUID
    username: None | str
    title: str
    body: str
    channel: None | str
    short_message: str
    updated_at: datetime.datetime
    status: BlankEnum | Status3DaEnum | Unset = UNSET
    context: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        username: None | str
        username = self.username

        title = self.title

        body = self.body

        channel: None | str
        channel = self.channel

        short_message = self.short_message

        updated_at = self.updated_at.isoformat()

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        context = self.context

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "title": title,
                "body": body,
                "channel": channel,
                "short_message": short_message,
                "updated_at": updated_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if context is not UNSET:
            field_dict["context"] = context
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                username_type_0 = data
                if not isinstance(username_type_0, str):
                    raise TypeError(
                        f"username_type_0: expected a string, got {type(username_type_0).__name__}"
                    )

                return username_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            username_type_1 = data

            return username_type_1

        username = _parse_username(d.pop("username"))

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        body = d.pop("body")
        if not isinstance(body, str):
            raise TypeError(f"body: expected a string, got {type(body).__name__}")

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = data
                if not isinstance(channel_type_0, str):
                    raise TypeError(
                        f"channel_type_0: expected a string, got {type(channel_type_0).__name__}"
                    )

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            channel_type_1 = data

            return channel_type_1

        channel = _parse_channel(d.pop("channel"))

        short_message = d.pop("short_message")
        if not isinstance(short_message, str):
            raise TypeError(f"short_message: expected a string, got {type(short_message).__name__}")

        updated_at = datetime.datetime.fromisoformat(
            d.pop("updated_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        def _parse_status(data: object) -> BlankEnum | Status3DaEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_status_3_da_enum(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_1 = check_blank_enum(data)

            return status_type_1

        status = _parse_status(d.pop("status", UNSET))

        context = d.pop("context", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(
                _created_at.replace("Z", "+00:00").replace("z", "+00:00")
            )

        notification = cls(
            id=id,
            username=username,
            title=title,
            body=body,
            channel=channel,
            short_message=short_message,
            updated_at=updated_at,
            status=status,
            context=context,
            created_at=created_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        notification.additional_properties = additional_properties
        return notification

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
