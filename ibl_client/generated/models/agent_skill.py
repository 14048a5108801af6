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

T = TypeVar("T", bound="AgentSkill")


@_attrs_define
class AgentSkill:
    id: int
    name: str
    slug: str
    platform_key: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    version: str | Unset = UNSET
    instruction: str | Unset = UNSET
    """ SKILL.md body — the agent runbook for this skill. """
    metadata: Any | Unset = UNSET
    """ SKILL.md frontmatter (requires, primaryEnv, emoji, etc.). """
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        platform_key = self.platform_key

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        version = self.version

        instruction = self.instruction

        metadata = self.metadata

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "platform_key": platform_key,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if version is not UNSET:
            field_dict["version"] = version
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        slug = d.pop("slug")
        if not isinstance(slug, str):
            raise FieldError("slug", "a string", slug)

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise FieldError("platform_key", "a string", platform_key)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        version = d.pop("version", UNSET)
        if not isinstance(version, (str, Unset)):
            raise FieldError("version", "a string", version)

        instruction = d.pop("instruction", UNSET)
        if not isinstance(instruction, (str, Unset)):
            raise FieldError("instruction", "a string", instruction)

        metadata = d.pop("metadata", UNSET)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        agent_skill = cls(
            id=id,
            name=name,
            slug=slug,
            platform_key=platform_key,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            version=version,
            instruction=instruction,
            metadata=metadata,
            enabled=enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        agent_skill.additional_properties = additional_properties
        return agent_skill

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
