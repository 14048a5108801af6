from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageViewRequest")


@_attrs_define
class MessageViewRequest:
    title: str | Unset = UNSET
    tools: list[str] | None | Unset = UNSET
    """ List of tools slugs to use """
    enable_artifacts: bool | Unset = UNSET
    is_shared: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        tools: list[str] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = self.tools

        else:
            tools = self.tools

        enable_artifacts = self.enable_artifacts

        is_shared = self.is_shared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if tools is not UNSET:
            field_dict["tools"] = tools
        if enable_artifacts is not UNSET:
            field_dict["enable_artifacts"] = enable_artifacts
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if not isinstance(title, (str, Unset)):
            raise FieldError("title", "a string", title)

        def _parse_tools(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, list):
                try:
                    _tools_type_0 = data
                    if not isinstance(_tools_type_0, list):
                        raise FieldError("tools_type_0", "an array", _tools_type_0)
                    tools_type_0 = []
                    for _tools_type_0_index, tools_type_0_item_data in enumerate(_tools_type_0):
                        try:
                            tools_type_0_item = tools_type_0_item_data
                            if not isinstance(tools_type_0_item, str):
                                raise FieldError("tools_type_0_item", "a string", tools_type_0_item)

                        except PARSE_ERRORS as _tools_type_0_error:
                            raise within(
                                ("tools_type_0", _tools_type_0_index),
                                _tools_type_0_error,
                                "tools_type_0_item",
                            ) from _tools_type_0_error
                        tools_type_0.append(tools_type_0_item)

                    return tools_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("tools", member_error, "tools_type_0"))
            if error is not None:
                raise error
            raise FieldError("tools", "an array or null", data)

        tools = _parse_tools(d.pop("tools", UNSET))

        enable_artifacts = d.pop("enable_artifacts", UNSET)
        if not isinstance(enable_artifacts, (bool, Unset)):
            raise FieldError("enable_artifacts", "a boolean", enable_artifacts)

        is_shared = d.pop("is_shared", UNSET)
        if not isinstance(is_shared, (bool, Unset)):
            raise FieldError("is_shared", "a boolean", is_shared)

        message_view_request = cls(
            title=title,
            tools=tools,
            enable_artifacts=enable_artifacts,
            is_shared=is_shared,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        message_view_request.additional_properties = additional_properties
        return message_view_request

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
