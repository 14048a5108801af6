from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramMetadataResponse")


@_attrs_define
class ProgramMetadataResponse:
    """Response serializer for ProgramMetadataView GET endpoint."""

    name: None | str | Unset = UNSET
    """ Program name """
    description: None | str | Unset = UNSET
    """ Program description """
    enabled: bool | None | Unset = UNSET
    """ Whether the program is enabled """
    slug: None | str | Unset = UNSET
    """ Program slug """
    skills: list[str] | Unset = UNSET
    """ List of associated skills """
    platform_key: None | str | Unset = UNSET
    """ Platform key """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        platform_key: None | str | Unset
        if isinstance(self.platform_key, Unset):
            platform_key = UNSET
        else:
            platform_key = self.platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if slug is not UNSET:
            field_dict["slug"] = slug
        if skills is not UNSET:
            field_dict["skills"] = skills
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, bool):
                return data
            raise FieldError("enabled", "a boolean or null", data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("slug", "a string or null", data)

        slug = _parse_slug(d.pop("slug", UNSET))

        _skills = d.pop("skills", UNSET)
        skills: list[str] | Unset = UNSET
        if _skills is not UNSET:
            if not isinstance(_skills, list):
                raise FieldError("skills", "an array", _skills)
            skills = []
            for _skills_index, skills_item_data in enumerate(_skills):
                try:
                    skills_item = skills_item_data
                    if not isinstance(skills_item, str):
                        raise FieldError("skills_item", "a string", skills_item)

                except PARSE_ERRORS as _skills_error:
                    raise within(
                        ("skills", _skills_index), _skills_error, "skills_item"
                    ) from _skills_error
                skills.append(skills_item)

        def _parse_platform_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform_key", "a string or null", data)

        platform_key = _parse_platform_key(d.pop("platform_key", UNSET))

        program_metadata_response = cls(
            name=name,
            description=description,
            enabled=enabled,
            slug=slug,
            skills=skills,
            platform_key=platform_key,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_metadata_response.additional_properties = additional_properties
        return program_metadata_response

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
