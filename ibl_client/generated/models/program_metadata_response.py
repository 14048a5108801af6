from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            try:
                if not isinstance(data, str):
                    raise TypeError()
                name_type_0 = data
                if not isinstance(name_type_0, str):
                    raise TypeError(
                        f"name_type_0: expected a string, got {type(name_type_0).__name__}"
                    )

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            name_type_1 = data

            return name_type_1

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                description_type_0 = data
                if not isinstance(description_type_0, str):
                    raise TypeError(
                        f"description_type_0: expected a string, got {type(description_type_0).__name__}"
                    )

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            description_type_1 = data

            return description_type_1

        description = _parse_description(d.pop("description", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                enabled_type_0 = data
                if not isinstance(enabled_type_0, bool):
                    raise TypeError(
                        f"enabled_type_0: expected a boolean, got {type(enabled_type_0).__name__}"
                    )

                return enabled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            enabled_type_1 = data

            return enabled_type_1

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                slug_type_0 = data
                if not isinstance(slug_type_0, str):
                    raise TypeError(
                        f"slug_type_0: expected a string, got {type(slug_type_0).__name__}"
                    )

                return slug_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            slug_type_1 = data

            return slug_type_1

        slug = _parse_slug(d.pop("slug", UNSET))

        _skills = d.pop("skills", UNSET)
        skills: list[str] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = skills_item_data
                if not isinstance(skills_item, str):
                    raise TypeError(
                        f"skills_item: expected a string, got {type(skills_item).__name__}"
                    )

                skills.append(skills_item)

        def _parse_platform_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_key_type_0 = data
                if not isinstance(platform_key_type_0, str):
                    raise TypeError(
                        f"platform_key_type_0: expected a string, got {type(platform_key_type_0).__name__}"
                    )

                return platform_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            platform_key_type_1 = data

            return platform_key_type_1

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
