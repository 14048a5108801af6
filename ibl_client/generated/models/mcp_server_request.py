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
from ..models.auth_scope_enum import AuthScopeEnum, check_auth_scope_enum
from ..models.auth_type_enum import AuthTypeEnum, check_auth_type_enum
from ..models.transport_enum import TransportEnum, check_transport_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPServerRequest")


@_attrs_define
class MCPServerRequest:
    """Serializer for the MCPServer model."""

    name: str
    url: str
    """ The url of the MCP server. """
    mentor: None | Unset | UUID = UNSET
    owner: None | str | Unset = UNSET
    """ edX username """
    description: str | Unset = UNSET
    """ A description of the MCP server. """
    image: None | str | Unset = UNSET
    transport: TransportEnum | Unset = UNSET
    """ * `sse` - Sse
    * `websocket` - Websocket
    * `streamable_http` - Streamable Http """
    credentials: str | Unset = UNSET
    """ Authorization credentials to authenticate to the MCP server. If provided, these take priority over any
    headers configured on the server. Token here must be the full authorization value. For example: `<scheme>
    <credentials>` """
    extra_headers: Any | Unset = UNSET
    """ Headers to send to the MCP server. Useful for authentication, """
    is_featured: bool | Unset = UNSET
    """ Featured mcp servers will be accessible to all other tenants. """
    auth_type: AuthTypeEnum | Unset = UNSET
    """ * `none` - None
    * `token` - Token
    * `oauth2` - Oauth2 """
    auth_scope: AuthScopeEnum | Unset = UNSET
    """ * `platform` - Platform
    * `mentor` - Mentor
    * `user` - User """
    oauth_service: int | None | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    """ Whether the MCP server is enabled or not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        mentor: None | str | Unset
        if isinstance(self.mentor, Unset):
            mentor = UNSET
        elif isinstance(self.mentor, UUID):
            mentor = str(self.mentor)
        else:
            mentor = self.mentor

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        description = self.description

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport

        credentials = self.credentials

        extra_headers = self.extra_headers

        is_featured = self.is_featured

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

        auth_scope: str | Unset = UNSET
        if not isinstance(self.auth_scope, Unset):
            auth_scope = self.auth_scope

        oauth_service: int | None | Unset
        if isinstance(self.oauth_service, Unset):
            oauth_service = UNSET
        else:
            oauth_service = self.oauth_service

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if owner is not UNSET:
            field_dict["owner"] = owner
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
        if transport is not UNSET:
            field_dict["transport"] = transport
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if extra_headers is not UNSET:
            field_dict["extra_headers"] = extra_headers
        if is_featured is not UNSET:
            field_dict["is_featured"] = is_featured
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if auth_scope is not UNSET:
            field_dict["auth_scope"] = auth_scope
        if oauth_service is not UNSET:
            field_dict["oauth_service"] = oauth_service
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

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

        def _parse_mentor(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    mentor_type_0 = parse_uuid("mentor_type_0", data)

                    return mentor_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("mentor", member_error, "mentor_type_0"))
            if error is not None:
                raise error
            raise FieldError("mentor", "UUID or null", data)

        mentor = _parse_mentor(d.pop("mentor", UNSET))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("owner", "a string or null", data)

        owner = _parse_owner(d.pop("owner", UNSET))

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("image", "a string or null", data)

        image = _parse_image(d.pop("image", UNSET))

        _transport = d.pop("transport", UNSET)
        transport: TransportEnum | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = check_transport_enum(_transport, "transport")

        credentials = d.pop("credentials", UNSET)
        if not isinstance(credentials, (str, Unset)):
            raise FieldError("credentials", "a string", credentials)

        extra_headers = d.pop("extra_headers", UNSET)

        is_featured = d.pop("is_featured", UNSET)
        if not isinstance(is_featured, (bool, Unset)):
            raise FieldError("is_featured", "a boolean", is_featured)

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: AuthTypeEnum | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = check_auth_type_enum(_auth_type, "auth_type")

        _auth_scope = d.pop("auth_scope", UNSET)
        auth_scope: AuthScopeEnum | Unset
        if isinstance(_auth_scope, Unset):
            auth_scope = UNSET
        else:
            auth_scope = check_auth_scope_enum(_auth_scope, "auth_scope")

        def _parse_oauth_service(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("oauth_service", "an integer or null", data)

        oauth_service = _parse_oauth_service(d.pop("oauth_service", UNSET))

        is_enabled = d.pop("is_enabled", UNSET)
        if not isinstance(is_enabled, (bool, Unset)):
            raise FieldError("is_enabled", "a boolean", is_enabled)

        mcp_server_request = cls(
            name=name,
            url=url,
            mentor=mentor,
            owner=owner,
            description=description,
            image=image,
            transport=transport,
            credentials=credentials,
            extra_headers=extra_headers,
            is_featured=is_featured,
            auth_type=auth_type,
            auth_scope=auth_scope,
            oauth_service=oauth_service,
            is_enabled=is_enabled,
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
