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

T = TypeVar("T", bound="PlatformPromptResponse")


@_attrs_define
class PlatformPromptResponse:
    """Response serializer for platform prompt retrieval."""

    platform_key: str
    prompt_text: str
    recommendation_type: str
    active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    spa_url: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    """ Username of who created this prompt """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        prompt_text = self.prompt_text

        recommendation_type = self.recommendation_type

        active = self.active

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        spa_url: None | str | Unset
        if isinstance(self.spa_url, Unset):
            spa_url = UNSET
        else:
            spa_url = self.spa_url

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "prompt_text": prompt_text,
                "recommendation_type": recommendation_type,
                "active": active,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if spa_url is not UNSET:
            field_dict["spa_url"] = spa_url
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        prompt_text = d.pop("prompt_text")
        if not isinstance(prompt_text, str):
            raise FieldError("prompt_text", "a string", prompt_text)

        recommendation_type = d.pop("recommendation_type")
        if not isinstance(recommendation_type, str):
            raise FieldError("recommendation_type", "a string", recommendation_type)

        active = d.pop("active")
        if not isinstance(active, bool):
            raise FieldError("active", "a boolean", active)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        def _parse_spa_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("spa_url", "a string or null", data)

        spa_url = _parse_spa_url(d.pop("spa_url", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("created_by", "a string or null", data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        platform_prompt_response = cls(
            platform_key=platform_key,
            prompt_text=prompt_text,
            recommendation_type=recommendation_type,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            spa_url=spa_url,
            created_by=created_by,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_prompt_response.additional_properties = additional_properties
        return platform_prompt_response

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
