from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    parse_datetime,
    parse_uuid,
)
from ..models.blank_enum import BlankEnum, check_blank_enum
from ..models.status_3_da_enum import Status3DaEnum, check_status_3_da_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedNotification")


@_attrs_define
class PatchedNotification:
    id: UUID | Unset = UNSET
    username: None | str | Unset = UNSET
    title: str | Unset = UNSET
    body: str | Unset = UNSET
    status: BlankEnum | Status3DaEnum | Unset = UNSET
    channel: None | str | Unset = UNSET
    context: Any | Unset = UNSET
    short_message: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        title = self.title

        body = self.body

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        context = self.context

        short_message = self.short_message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if status is not UNSET:
            field_dict["status"] = status
        if channel is not UNSET:
            field_dict["channel"] = channel
        if context is not UNSET:
            field_dict["context"] = context
        if short_message is not UNSET:
            field_dict["short_message"] = short_message
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid("id", _id)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("username", "a string or null", data)

        username = _parse_username(d.pop("username", UNSET))

        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise FieldError("title", "a string", title)

        body = d.pop("body", UNSET)
        if not isinstance(body, (str, Unset)):
            raise FieldError("body", "a string", body)

        def _parse_status(data: object) -> BlankEnum | Status3DaEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                return check_status_3_da_enum(data, "status", known_only=True)
            except PARSE_ERRORS:
                pass
            try:
                return check_blank_enum(data, "status", known_only=True)
            except PARSE_ERRORS:
                pass
            if isinstance(data, str):
                return check_status_3_da_enum(data, "status")
            raise FieldError("status", "one of Status3DaEnum or one of BlankEnum", data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("channel", "a string or null", data)

        channel = _parse_channel(d.pop("channel", UNSET))

        context = d.pop("context", UNSET)

        short_message = d.pop("short_message", UNSET)
        if not isinstance(short_message, (str, Unset)):
            raise FieldError("short_message", "a string", short_message)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime("created_at", _created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime("updated_at", _updated_at)

        patched_notification = cls(
            id=id,
            username=username,
            title=title,
            body=body,
            status=status,
            channel=channel,
            context=context,
            short_message=short_message,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_notification.additional_properties = additional_properties
        return patched_notification

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
