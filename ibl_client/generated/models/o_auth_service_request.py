from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthServiceRequest")


@_attrs_define
class OAuthServiceRequest:
    """Read-only serializer exposing details about an OAuth service."""

    oauth_provider_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oauth_provider_id: int | None | Unset
        if isinstance(self.oauth_provider_id, Unset):
            oauth_provider_id = UNSET
        else:
            oauth_provider_id = self.oauth_provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oauth_provider_id is not UNSET:
            field_dict["oauth_provider_id"] = oauth_provider_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_oauth_provider_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("oauth_provider_id", "an integer or null", data)

        oauth_provider_id = _parse_oauth_provider_id(d.pop("oauth_provider_id", UNSET))

        o_auth_service_request = cls(
            oauth_provider_id=oauth_provider_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        o_auth_service_request.additional_properties = additional_properties
        return o_auth_service_request

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
