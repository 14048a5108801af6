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

T = TypeVar("T", bound="PatchedMentorSkillAssignment")


@_attrs_define
class PatchedMentorSkillAssignment:
    id: int | Unset = UNSET
    mentor: UUID | Unset = UNSET
    skill: int | Unset = UNSET
    skill_name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        skill = self.skill

        skill_name = self.skill_name

        enabled = self.enabled

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if skill is not UNSET:
            field_dict["skill"] = skill
        if skill_name is not UNSET:
            field_dict["skill_name"] = skill_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (int, Unset)) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = parse_uuid("mentor", _mentor)

        skill = d.pop("skill", UNSET)
        if not isinstance(skill, (int, Unset)) or skill is True or skill is False:
            raise FieldError("skill", "an integer", skill)

        skill_name = d.pop("skill_name", UNSET)
        if not isinstance(skill_name, (str, Unset)):
            raise FieldError("skill_name", "a string", skill_name)

        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, (bool, Unset)):
            raise FieldError("enabled", "a boolean", enabled)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime("created_at", _created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime("updated_at", _updated_at)

        patched_mentor_skill_assignment = cls(
            id=id,
            mentor=mentor,
            skill=skill,
            skill_name=skill_name,
            enabled=enabled,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_mentor_skill_assignment.additional_properties = additional_properties
        return patched_mentor_skill_assignment

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
