from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_datetime,
    parse_uuid,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorSkillAssignment")


@_attrs_define
class MentorSkillAssignment:
    id: int
    mentor: UUID
    skill: int
    skill_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor = str(self.mentor)

        skill = self.skill

        skill_name = self.skill_name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor": mentor,
                "skill": skill,
                "skill_name": skill_name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        mentor = parse_uuid("mentor", d.pop("mentor"))

        skill = d.pop("skill")
        if not isinstance(skill, int) or skill is True or skill is False:
            raise FieldError("skill", "an integer", skill)

        skill_name = d.pop("skill_name")
        if not isinstance(skill_name, str):
            raise FieldError("skill_name", "a string", skill_name)

        created_at = parse_datetime("created_at", d.pop("created_at"))

        updated_at = parse_datetime("updated_at", d.pop("updated_at"))

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        mentor_skill_assignment = cls(
            id=id,
            mentor=mentor,
            skill=skill,
            skill_name=skill_name,
            created_at=created_at,
            updated_at=updated_at,
            enabled=enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_skill_assignment.additional_properties = additional_properties
        return mentor_skill_assignment

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
