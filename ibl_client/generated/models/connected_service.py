from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    nested,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_service_info import ExternalServiceInfo


T = TypeVar("T", bound="ConnectedService")


@_attrs_define
class ConnectedService:
    """Serializer for representing connected OAuth services.

    Includes both the legacy `service` / `scope` string values and structured representations so that consumers can
    reason about individual scope names.

    """

    id: int
    provider: str
    scope_names: list[str]
    """ Return the canonical list of scope identifiers for the connection. """
    scopes: list[str]
    """ Return the OAuth scope strings associated with the connection. """
    service_info: ExternalServiceInfo
    username: list[str]
    """ Return the username strings associated with the connection. """
    service: str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    scope: str | Unset = UNSET
    token_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider = self.provider

        scope_names = self.scope_names

        scopes = self.scopes

        service_info = self.service_info.to_dict()

        username = self.username

        service = self.service

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        scope = self.scope

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider": provider,
                "scope_names": scope_names,
                "scopes": scopes,
                "service_info": service_info,
                "username": username,
            }
        )
        if service is not UNSET:
            field_dict["service"] = service
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if scope is not UNSET:
            field_dict["scope"] = scope
        if token_type is not UNSET:
            field_dict["token_type"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_service_info import ExternalServiceInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        provider = d.pop("provider")
        if not isinstance(provider, str):
            raise FieldError("provider", "a string", provider)

        _scope_names = d.pop("scope_names")
        if not isinstance(_scope_names, list):
            raise FieldError("scope_names", "an array", _scope_names)
        scope_names = []
        for _scope_names_index, scope_names_item_data in enumerate(_scope_names):
            try:
                scope_names_item = scope_names_item_data
                if not isinstance(scope_names_item, str):
                    raise FieldError("scope_names_item", "a string", scope_names_item)

            except PARSE_ERRORS as _scope_names_error:
                raise within(
                    ("scope_names", _scope_names_index), _scope_names_error, "scope_names_item"
                ) from _scope_names_error
            scope_names.append(scope_names_item)

        _scopes = d.pop("scopes")
        if not isinstance(_scopes, list):
            raise FieldError("scopes", "an array", _scopes)
        scopes = []
        for _scopes_index, scopes_item_data in enumerate(_scopes):
            try:
                scopes_item = scopes_item_data
                if not isinstance(scopes_item, str):
                    raise FieldError("scopes_item", "a string", scopes_item)

            except PARSE_ERRORS as _scopes_error:
                raise within(
                    ("scopes", _scopes_index), _scopes_error, "scopes_item"
                ) from _scopes_error
            scopes.append(scopes_item)

        service_info = nested("service_info", ExternalServiceInfo, d.pop("service_info"))

        _username = d.pop("username")
        if not isinstance(_username, list):
            raise FieldError("username", "an array", _username)
        username = []
        for _username_index, username_item_data in enumerate(_username):
            try:
                username_item = username_item_data
                if not isinstance(username_item, str):
                    raise FieldError("username_item", "a string", username_item)

            except PARSE_ERRORS as _username_error:
                raise within(
                    ("username", _username_index), _username_error, "username_item"
                ) from _username_error
            username.append(username_item)

        service = d.pop("service", UNSET)
        if not isinstance(service, (str, Unset)):
            raise FieldError("service", "a string", service)

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    expires_at_type_0 = parse_datetime("expires_at_type_0", data)

                    return expires_at_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("expires_at", member_error, "expires_at_type_0"))
            if error is not None:
                raise error
            raise FieldError("expires_at", "a date-time string or null", data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        scope = d.pop("scope", UNSET)
        if not isinstance(scope, (str, Unset)):
            raise FieldError("scope", "a string", scope)

        token_type = d.pop("token_type", UNSET)
        if not isinstance(token_type, (str, Unset)):
            raise FieldError("token_type", "a string", token_type)

        connected_service = cls(
            id=id,
            provider=provider,
            scope_names=scope_names,
            scopes=scopes,
            service_info=service_info,
            username=username,
            service=service,
            expires_at=expires_at,
            scope=scope,
            token_type=token_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        connected_service.additional_properties = additional_properties
        return connected_service

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
