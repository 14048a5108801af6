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
from ..models.auth_type_enum import AuthTypeEnum, check_auth_type_enum
from ..models.mcp_server_connection_scope_enum import (
    MCPServerConnectionScopeEnum,
    check_mcp_server_connection_scope_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPServerConnectionRequest")


@_attrs_define
class MCPServerConnectionRequest:
    """Serializer for managing `MCPServerConnection` records via the API.

    The serializer enforces the business rules for combining scope, platform, and authentication configuration while
    exposing a masked view of any stored credentials.

    """

    server: int
    scope: MCPServerConnectionScopeEnum | Unset = UNSET
    """ * `user` - User
    * `mentor` - Mentor
    * `platform` - Platform """
    auth_type: AuthTypeEnum | Unset = UNSET
    """ * `none` - None
    * `token` - Token
    * `oauth2` - Oauth2 """
    platform: int | None | Unset = UNSET
    user: None | str | Unset = UNSET
    """ edX username """
    mentor: None | Unset | UUID = UNSET
    connected_service: int | None | Unset = UNSET
    credentials: str | Unset = UNSET
    """ Static credential/token value for token-based authentication. """
    authorization_scheme: str | Unset = UNSET
    """ Authorization scheme to prefix tokens with (e.g. 'Bearer'). """
    extra_headers: Any | Unset = UNSET
    """ Additional headers to include when connecting to the MCP server. """
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server = self.server

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

        platform: int | None | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        mentor: None | str | Unset
        if isinstance(self.mentor, Unset):
            mentor = UNSET
        elif isinstance(self.mentor, UUID):
            mentor = str(self.mentor)
        else:
            mentor = self.mentor

        connected_service: int | None | Unset
        if isinstance(self.connected_service, Unset):
            connected_service = UNSET
        else:
            connected_service = self.connected_service

        credentials = self.credentials

        authorization_scheme = self.authorization_scheme

        extra_headers = self.extra_headers

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server": server,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if platform is not UNSET:
            field_dict["platform"] = platform
        if user is not UNSET:
            field_dict["user"] = user
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if connected_service is not UNSET:
            field_dict["connected_service"] = connected_service
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if authorization_scheme is not UNSET:
            field_dict["authorization_scheme"] = authorization_scheme
        if extra_headers is not UNSET:
            field_dict["extra_headers"] = extra_headers
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server = d.pop("server")
        if not isinstance(server, int) or server is True or server is False:
            raise FieldError("server", "an integer", server)

        _scope = d.pop("scope", UNSET)
        scope: MCPServerConnectionScopeEnum | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_mcp_server_connection_scope_enum(_scope, "scope")

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: AuthTypeEnum | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = check_auth_type_enum(_auth_type, "auth_type")

        def _parse_platform(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("platform", "an integer or null", data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("user", "a string or null", data)

        user = _parse_user(d.pop("user", UNSET))

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

        def _parse_connected_service(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("connected_service", "an integer or null", data)

        connected_service = _parse_connected_service(d.pop("connected_service", UNSET))

        credentials = d.pop("credentials", UNSET)
        if not isinstance(credentials, (str, Unset)):
            raise FieldError("credentials", "a string", credentials)

        authorization_scheme = d.pop("authorization_scheme", UNSET)
        if not isinstance(authorization_scheme, (str, Unset)):
            raise FieldError("authorization_scheme", "a string", authorization_scheme)

        extra_headers = d.pop("extra_headers", UNSET)

        is_active = d.pop("is_active", UNSET)
        if not isinstance(is_active, (bool, Unset)):
            raise FieldError("is_active", "a boolean", is_active)

        mcp_server_connection_request = cls(
            server=server,
            scope=scope,
            auth_type=auth_type,
            platform=platform,
            user=user,
            mentor=mentor,
            connected_service=connected_service,
            credentials=credentials,
            authorization_scheme=authorization_scheme,
            extra_headers=extra_headers,
            is_active=is_active,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mcp_server_connection_request.additional_properties = additional_properties
        return mcp_server_connection_request

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
