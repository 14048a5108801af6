from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        provider = d.pop("provider")
        if not isinstance(provider, str):
            raise TypeError(f"provider: expected a string, got {type(provider).__name__}")

        scope_names = []
        _scope_names = d.pop("scope_names")
        for scope_names_item_data in _scope_names:
            scope_names_item = scope_names_item_data
            if not isinstance(scope_names_item, str):
                raise TypeError(
                    f"scope_names_item: expected a string, got {type(scope_names_item).__name__}"
                )

            scope_names.append(scope_names_item)

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = scopes_item_data
            if not isinstance(scopes_item, str):
                raise TypeError(f"scopes_item: expected a string, got {type(scopes_item).__name__}")

            scopes.append(scopes_item)

        service_info = ExternalServiceInfo.from_dict(d.pop("service_info"))

        username = []
        _username = d.pop("username")
        for username_item_data in _username:
            username_item = username_item_data
            if not isinstance(username_item, str):
                raise TypeError(
                    f"username_item: expected a string, got {type(username_item).__name__}"
                )

            username.append(username_item)

        service = d.pop("service", UNSET)
        if not isinstance(service, (str, Unset)):
            raise TypeError(f"service: expected a string, got {type(service).__name__}")

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00").replace("z", "+00:00")
                )

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            expires_at_type_1 = data

            return expires_at_type_1

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        scope = d.pop("scope", UNSET)
        if not isinstance(scope, (str, Unset)):
            raise TypeError(f"scope: expected a string, got {type(scope).__name__}")

        token_type = d.pop("token_type", UNSET)
        if not isinstance(token_type, (str, Unset)):
            raise TypeError(f"token_type: expected a string, got {type(token_type).__name__}")

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
