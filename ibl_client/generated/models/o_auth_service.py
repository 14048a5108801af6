from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        oauth_provider = d.pop("oauth_provider")
        if not isinstance(oauth_provider, str):
            raise TypeError(
                f"oauth_provider: expected a string, got {type(oauth_provider).__name__}"
            )

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise TypeError(f"display_name: expected a string, got {type(display_name).__name__}")

        description = d.pop("description")
        if not isinstance(description, str):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        scope = d.pop("scope")
        if not isinstance(scope, str):
            raise TypeError(f"scope: expected a string, got {type(scope).__name__}")

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                image_type_0 = data
                if not isinstance(image_type_0, str):
                    raise TypeError(
                        f"image_type_0: expected a string, got {type(image_type_0).__name__}"
                    )

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            image_type_1 = data

            return image_type_1

        image = _parse_image(d.pop("image"))

        created_at = datetime.datetime.fromisoformat(
            d.pop("created_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        updated_at = datetime.datetime.fromisoformat(
            d.pop("updated_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        def _parse_oauth_provider_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                oauth_provider_id_type_0 = data
                if (
                    not isinstance(oauth_provider_id_type_0, int)
                    or oauth_provider_id_type_0 is True
                    or oauth_provider_id_type_0 is False
                ):
                    raise TypeError(
                        f"oauth_provider_id_type_0: expected an integer, got {type(oauth_provider_id_type_0).__name__}"
                    )

                return oauth_provider_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            oauth_provider_id_type_1 = data

            return oauth_provider_id_type_1

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
