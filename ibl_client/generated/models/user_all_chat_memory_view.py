from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_uuid,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAllChatMemoryView")


@_attrs_define
class UserAllChatMemoryView:
    id: int
    username: str
    platform_key: str
    content: None | str | Unset = UNSET
    session_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        platform_key = self.platform_key

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "platform_key": platform_key,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("content", "a string or null", data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    session_id_type_0 = parse_uuid("session_id_type_0", data)

                    return session_id_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("session_id", member_error, "session_id_type_0"))
            if error is not None:
                raise error
            raise FieldError("session_id", "UUID or null", data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        user_all_chat_memory_view = cls(
            id=id,
            username=username,
            platform_key=platform_key,
            content=content,
            session_id=session_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_all_chat_memory_view.additional_properties = additional_properties
        return user_all_chat_memory_view

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
