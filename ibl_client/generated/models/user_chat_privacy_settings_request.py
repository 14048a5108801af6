from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_privacy_mode_enum import ChatPrivacyModeEnum, check_chat_privacy_mode_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserChatPrivacySettingsRequest")


@_attrs_define
class UserChatPrivacySettingsRequest:
    """Serializer for user chat privacy settings."""

    chat_privacy_mode: ChatPrivacyModeEnum | Unset = UNSET
    """ * `normal` - Normal
    * `anonymized` - Anonymized
    * `disabled` - Disabled """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_privacy_mode: str | Unset = UNSET
        if not isinstance(self.chat_privacy_mode, Unset):
            chat_privacy_mode = self.chat_privacy_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat_privacy_mode is not UNSET:
            field_dict["chat_privacy_mode"] = chat_privacy_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _chat_privacy_mode = d.pop("chat_privacy_mode", UNSET)
        chat_privacy_mode: ChatPrivacyModeEnum | Unset
        if isinstance(_chat_privacy_mode, Unset):
            chat_privacy_mode = UNSET
        else:
            chat_privacy_mode = check_chat_privacy_mode_enum(
                _chat_privacy_mode, "chat_privacy_mode"
            )

        user_chat_privacy_settings_request = cls(
            chat_privacy_mode=chat_privacy_mode,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_chat_privacy_settings_request.additional_properties = additional_properties
        return user_chat_privacy_settings_request

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
