from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSessionRequest")


@_attrs_define
class ChatSessionRequest:
    mentor: str
    """ Name of mentor """
    tools: list[str] | Unset = UNSET
    """ List of tools slugs to use. Passing `null` will use all tools assigned to the mentor. For no tools, pass an
    empty list. """
    enable_artifacts: bool | Unset = UNSET
    shareable_link_token: str | Unset = UNSET
    """ Optional token for a mentor's shareable link """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor = self.mentor

        tools: list[str] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

        enable_artifacts = self.enable_artifacts

        shareable_link_token = self.shareable_link_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor": mentor,
            }
        )
        if tools is not UNSET:
            field_dict["tools"] = tools
        if enable_artifacts is not UNSET:
            field_dict["enable_artifacts"] = enable_artifacts
        if shareable_link_token is not UNSET:
            field_dict["shareable_link_token"] = shareable_link_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentor = d.pop("mentor")
        if not isinstance(mentor, str):
            raise FieldError("mentor", "a string", mentor)

        _tools = d.pop("tools", UNSET)
        tools: list[str] | Unset = UNSET
        if _tools is not UNSET:
            if not isinstance(_tools, list):
                raise FieldError("tools", "an array", _tools)
            tools = []
            for _tools_index, tools_item_data in enumerate(_tools):
                try:
                    tools_item = tools_item_data
                    if not isinstance(tools_item, str):
                        raise FieldError("tools_item", "a string", tools_item)

                except PARSE_ERRORS as _tools_error:
                    raise within(
                        ("tools", _tools_index), _tools_error, "tools_item"
                    ) from _tools_error
                tools.append(tools_item)

        enable_artifacts = d.pop("enable_artifacts", UNSET)
        if not isinstance(enable_artifacts, (bool, Unset)):
            raise FieldError("enable_artifacts", "a boolean", enable_artifacts)

        shareable_link_token = d.pop("shareable_link_token", UNSET)
        if not isinstance(shareable_link_token, (str, Unset)):
            raise FieldError("shareable_link_token", "a string", shareable_link_token)

        chat_session_request = cls(
            mentor=mentor,
            tools=tools,
            enable_artifacts=enable_artifacts,
            shareable_link_token=shareable_link_token,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        chat_session_request.additional_properties = additional_properties
        return chat_session_request

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
