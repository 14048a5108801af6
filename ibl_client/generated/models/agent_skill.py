from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        slug = d.pop("slug")
        if not isinstance(slug, str):
            raise TypeError(f"slug: expected a string, got {type(slug).__name__}")

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        created_at = datetime.datetime.fromisoformat(
            d.pop("created_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        updated_at = datetime.datetime.fromisoformat(
            d.pop("updated_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        version = d.pop("version", UNSET)
        if not isinstance(version, (str, Unset)):
            raise TypeError(f"version: expected a string, got {type(version).__name__}")

        instruction = d.pop("instruction", UNSET)
        if not isinstance(instruction, (str, Unset)):
            raise TypeError(f"instruction: expected a string, got {type(instruction).__name__}")

        metadata = d.pop("metadata", UNSET)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise TypeError(f"enabled: expected a boolean, got {type(enabled).__name__}")

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
