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

T = TypeVar("T", bound="RecentlyAccessedMentor")


@_attrs_define
class RecentlyAccessedMentor:
    id: int | None
    unique_id: None | UUID
    slug: None | str
    name: None | str
    description: None | str
    recently_accessed_at: None | str
    platform_key: None | str
    last_accessed_by: None | str
    created_by: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        unique_id: None | str
        if isinstance(self.unique_id, UUID):
            unique_id = str(self.unique_id)
        else:
            unique_id = self.unique_id

        slug: None | str
        slug = self.slug

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        recently_accessed_at: None | str
        recently_accessed_at = self.recently_accessed_at

        platform_key: None | str
        platform_key = self.platform_key

        last_accessed_by: None | str
        last_accessed_by = self.last_accessed_by

        created_by: None | str
        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "unique_id": unique_id,
                "slug": slug,
                "name": name,
                "description": description,
                "recently_accessed_at": recently_accessed_at,
                "platform_key": platform_key,
                "last_accessed_by": last_accessed_by,
                "created_by": created_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("id", "an integer or null", data)

        id = _parse_id(d.pop("id"))

        def _parse_unique_id(data: object) -> None | UUID:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, str):
                try:
                    unique_id_type_0 = parse_uuid("unique_id_type_0", data)

                    return unique_id_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(error, within("unique_id", member_error, "unique_id_type_0"))
            if error is not None:
                raise error
            raise FieldError("unique_id", "UUID or null", data)

        unique_id = _parse_unique_id(d.pop("unique_id"))

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("slug", "a string or null", data)

        slug = _parse_slug(d.pop("slug"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description"))

        def _parse_recently_accessed_at(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("recently_accessed_at", "a string or null", data)

        recently_accessed_at = _parse_recently_accessed_at(d.pop("recently_accessed_at"))

        def _parse_platform_key(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform_key", "a string or null", data)

        platform_key = _parse_platform_key(d.pop("platform_key"))

        def _parse_last_accessed_by(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("last_accessed_by", "a string or null", data)

        last_accessed_by = _parse_last_accessed_by(d.pop("last_accessed_by"))

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("created_by", "a string or null", data)

        created_by = _parse_created_by(d.pop("created_by"))

        recently_accessed_mentor = cls(
            id=id,
            unique_id=unique_id,
            slug=slug,
            name=name,
            description=description,
            recently_accessed_at=recently_accessed_at,
            platform_key=platform_key,
            last_accessed_by=last_accessed_by,
            created_by=created_by,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        recently_accessed_mentor.additional_properties = additional_properties
        return recently_accessed_mentor

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
