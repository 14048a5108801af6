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
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthService")


@_attrs_define
class OAuthService:
    """Read-only serializer exposing details about an OAuth service."""

    id: int
    oauth_provider: str
    name: str
    display_name: str
    """ Human readable label for the OAuth service scope. """
    description: str
    scope: str
    image: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    oauth_provider_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        oauth_provider = self.oauth_provider

        name = self.name

        display_name = self.display_name

        description = self.description

        scope = self.scope

        image: None | str
        image = self.image

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        oauth_provider_id: int | None | Unset
        if isinstance(self.oauth_provider_id, Unset):
            oauth_provider_id = UNSET
        else:
            oauth_provider_id = self.oauth_provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "oauth_provider": oauth_provider,
                "name": name,
                "display_name": display_name,
                "description": description,
                "scope": scope,
                "image": image,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if oauth_provider_id is not UNSET:
            field_dict["oauth_provider_id"] = oauth_provider_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        oauth_provider = d.pop("oauth_provider")
        if not isinstance(oauth_provider, str):
            raise FieldError("oauth_provider", "a string", oauth_provider)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        description = d.pop("description")
        if not isinstance(description, str):
            raise FieldError("description", "a string", description)

        scope = d.pop("scope")
        if not isinstance(scope, str):
            raise FieldError("scope", "a string", scope)

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("image", "a string or null", data)

        image = _parse_image(d.pop("image"))

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        def _parse_oauth_provider_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("oauth_provider_id", "an integer or null", data)

        oauth_provider_id = _parse_oauth_provider_id(d.pop("oauth_provider_id", UNSET))

        o_auth_service = cls(
            id=id,
            oauth_provider=oauth_provider,
            name=name,
            display_name=display_name,
            description=description,
            scope=scope,
            image=image,
            created_at=created_at,
            updated_at=updated_at,
            oauth_provider_id=oauth_provider_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        o_auth_service.additional_properties = additional_properties
        return o_auth_service

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
