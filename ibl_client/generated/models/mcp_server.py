from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
)
from ..models.transport_enum import TransportEnum, check_transport_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPServer")


@_attrs_define
class MCPServer:
    """Serializer for the MCPServer model."""

    id: int
    platform: int
    name: str
    url: str
    """ The url of the MCP server. """
    platform_key: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    transport: TransportEnum | Unset = UNSET
    """ * `sse` - Sse
    * `websocket` - Websocket """
    headers: Any | Unset = UNSET
    """ Headers to send to the MCP server. Useful for authentication, """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform = self.platform

        name = self.name

        url = self.url

        platform_key = self.platform_key

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport

        headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform": platform,
                "name": name,
                "url": url,
                "platform_key": platform_key,
                "created_at": created_at,
                "updated_at": updated_at,
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
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        platform = d.pop("platform")
        if not isinstance(platform, int) or platform is True or platform is False:
            raise FieldError("platform", "an integer", platform)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        url = d.pop("url")
        if not isinstance(url, str):
            raise FieldError("url", "a string", url)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        _transport = d.pop("transport", UNSET)
        transport: TransportEnum | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = check_transport_enum(_transport, "transport")

        headers = d.pop("headers", UNSET)

        mcp_server = cls(
            id=id,
            platform=platform,
            name=name,
            url=url,
            platform_key=platform_key,
            created_at=created_at,
            updated_at=updated_at,
            transport=transport,
            headers=headers,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mcp_server.additional_properties = additional_properties
        return mcp_server

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
