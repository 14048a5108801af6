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

T = TypeVar("T", bound="PinnedMessageCreate")


@_attrs_define
class PinnedMessageCreate:
    id: int
    platform: str
    """ The platform key """
    username: str
    session_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform = self.platform

        username = self.username

        session_id: None | str
        if isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform": platform,
                "username": username,
                "session_id": session_id,
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
        if not isinstance(platform, str):
            raise FieldError("platform", "a string", platform)

        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        def _parse_session_id(data: object) -> None | UUID:
            if data is None:
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

        session_id = _parse_session_id(d.pop("session_id"))

        pinned_message_create = cls(
            id=id,
            platform=platform,
            username=username,
            session_id=session_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pinned_message_create.additional_properties = additional_properties
        return pinned_message_create

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
