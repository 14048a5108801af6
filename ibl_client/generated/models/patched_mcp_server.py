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

T = TypeVar("T", bound="PatchedMCPServer")


@_attrs_define
class PatchedMCPServer:
    """Serializer for the MCPServer model."""

    id: int | Unset = UNSET
    platform: int | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    """ The url of the MCP server. """
    transport: TransportEnum | Unset = UNSET
    """ * `sse` - Sse
    * `websocket` - Websocket """
    headers: Any | Unset = UNSET
    """ Headers to send to the MCP server. Useful for authentication, """
    platform_key: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform = self.platform

        name = self.name

        url = self.url

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport

        headers = self.headers

        platform_key = self.platform_key

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
        if platform is not UNSET:
            field_dict["platform"] = platform
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if transport is not UNSET:
            field_dict["transport"] = transport
        if headers is not UNSET:
            field_dict["headers"] = headers
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        platform = d.pop("platform", UNSET)
        if not isinstance(platform, (int, Unset)) or platform is True or platform is False:
            raise FieldError("platform", "an integer", platform)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise FieldError("name", "a string", name)

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            raise FieldError("url", "a string", url)

        _transport = d.pop("transport", UNSET)
        transport: TransportEnum | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = check_transport_enum(_transport, "transport")

        headers = d.pop("headers", UNSET)

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

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

        patched_mcp_server = cls(
            id=id,
            platform=platform,
            name=name,
            url=url,
            transport=transport,
            headers=headers,
            platform_key=platform_key,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_mcp_server.additional_properties = additional_properties
        return patched_mcp_server

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
