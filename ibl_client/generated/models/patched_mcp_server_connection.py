from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    parse_datetime,
    parse_uuid,
    within,
)
from ..models.auth_type_enum import AuthTypeEnum, check_auth_type_enum
from ..models.mcp_server_connection_scope_enum import (
    MCPServerConnectionScopeEnum,
    check_mcp_server_connection_scope_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_mcp_server_connection_connected_service_summary_type_0 import (
        PatchedMCPServerConnectionConnectedServiceSummaryType0,
    )


T = TypeVar("T", bound="PatchedMCPServerConnection")


@_attrs_define
class PatchedMCPServerConnection:
    """Serializer for managing `MCPServerConnection` records via the API.

    The serializer enforces the business rules for combining scope, platform, and authentication configuration while
    exposing a masked view of any stored credentials.

    """

    id: int | Unset = UNSET
    server: int | Unset = UNSET
    server_name: str | Unset = UNSET
    scope: MCPServerConnectionScopeEnum | Unset = UNSET
    """ * `user` - User
    * `mentor` - Mentor
    * `platform` - Platform """
    auth_type: AuthTypeEnum | Unset = UNSET
    """ * `none` - None
    * `token` - Token
    * `oauth2` - Oauth2 """
    platform: int | None | Unset = UNSET
    platform_key: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    """ edX username """
    mentor: None | Unset | UUID = UNSET
    connected_service: int | None | Unset = UNSET
    connected_service_summary: (
        None | PatchedMCPServerConnectionConnectedServiceSummaryType0 | Unset
    ) = UNSET
    credentials: str | Unset = UNSET
    """ Static credential/token value for token-based authentication. """
    authorization_scheme: str | Unset = UNSET
    """ Authorization scheme to prefix tokens with (e.g. 'Bearer'). """
    extra_headers: Any | Unset = UNSET
    """ Additional headers to include when connecting to the MCP server. """
    is_active: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patched_mcp_server_connection_connected_service_summary_type_0 import (
            PatchedMCPServerConnectionConnectedServiceSummaryType0,  # noqa: PLC0415
        )

        id = self.id

        server = self.server

        server_name = self.server_name

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

        platform_key: None | str | Unset
        if isinstance(self.platform_key, Unset):
            platform_key = UNSET
        else:
            platform_key = self.platform_key

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

        connected_service_summary: dict[str, Any] | None | Unset
        if isinstance(self.connected_service_summary, Unset):
            connected_service_summary = UNSET
        elif isinstance(
            self.connected_service_summary, PatchedMCPServerConnectionConnectedServiceSummaryType0
        ):
            connected_service_summary = self.connected_service_summary.to_dict()
        else:
            connected_service_summary = self.connected_service_summary

        credentials = self.credentials

        authorization_scheme = self.authorization_scheme

        extra_headers = self.extra_headers

        is_active = self.is_active

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
        if server is not UNSET:
            field_dict["server"] = server
        if server_name is not UNSET:
            field_dict["server_name"] = server_name
        if scope is not UNSET:
            field_dict["scope"] = scope
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if user is not UNSET:
            field_dict["user"] = user
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if connected_service is not UNSET:
            field_dict["connected_service"] = connected_service
        if connected_service_summary is not UNSET:
            field_dict["connected_service_summary"] = connected_service_summary
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if authorization_scheme is not UNSET:
            field_dict["authorization_scheme"] = authorization_scheme
        if extra_headers is not UNSET:
            field_dict["extra_headers"] = extra_headers
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_mcp_server_connection_connected_service_summary_type_0 import (
            PatchedMCPServerConnectionConnectedServiceSummaryType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        server = d.pop("server", UNSET)
        if not isinstance(server, (int, Unset)) or server is True or server is False:
            raise FieldError("server", "an integer", server)

        server_name = d.pop("server_name", UNSET)
        if not isinstance(server_name, (str, Unset)):
            raise FieldError("server_name", "a string", server_name)

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

        def _parse_platform_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform_key", "a string or null", data)

        platform_key = _parse_platform_key(d.pop("platform_key", UNSET))

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

        def _parse_connected_service_summary(
            data: object,
        ) -> None | PatchedMCPServerConnectionConnectedServiceSummaryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, dict):
                try:
                    connected_service_summary_type_0 = nested(
                        "connected_service_summary_type_0",
                        PatchedMCPServerConnectionConnectedServiceSummaryType0,
                        data,
                    )

                    return connected_service_summary_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error,
                        within(
                            "connected_service_summary",
                            member_error,
                            "connected_service_summary_type_0",
                        ),
                    )
            if error is not None:
                raise error
            raise FieldError(
                "connected_service_summary",
                "an object (PatchedMCPServerConnectionConnectedServiceSummaryType0) or null",
                data,
            )

        connected_service_summary = _parse_connected_service_summary(
            d.pop("connected_service_summary", UNSET)
        )

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

        patched_mcp_server_connection = cls(
            id=id,
            server=server,
            server_name=server_name,
            scope=scope,
            auth_type=auth_type,
            platform=platform,
            platform_key=platform_key,
            user=user,
            mentor=mentor,
            connected_service=connected_service,
            connected_service_summary=connected_service_summary,
            credentials=credentials,
            authorization_scheme=authorization_scheme,
            extra_headers=extra_headers,
            is_active=is_active,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_mcp_server_connection.additional_properties = additional_properties
        return patched_mcp_server_connection

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
