from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.transport_enum import TransportEnum, check_transport_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPServerRequest")


@_attrs_define
class MCPServerRequest:
    """Serializer for the MCPServer model."""

    name: str
    url: str
    """ The url of the MCP server. """
    transport: TransportEnum | Unset = UNSET
    """ * `sse` - Sse
    * `websocket` - Websocket """
    headers: Any | Unset = UNSET
    """ Headers to send to the MCP server. Useful for authentication, """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport

        headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )
        if transport is not UNSET:
            field_dict["transport"] = transport
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        url = d.pop("url")
        if not isinstance(url, str):
            raise FieldError("url", "a string", url)

        _transport = d.pop("transport", UNSET)
        transport: TransportEnum | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = check_transport_enum(_transport, "transport")

        headers = d.pop("headers", UNSET)

        mcp_server_request = cls(
            name=name,
            url=url,
            transport=transport,
            headers=headers,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mcp_server_request.additional_properties = additional_properties
        return mcp_server_request

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
