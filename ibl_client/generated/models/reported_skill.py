from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill import Skill


T = TypeVar("T", bound="ReportedSkill")


@_attrs_define
class ReportedSkill:
    skills: list[Skill]
    data: Any
    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        data = self.data

        user_id = self.user_id

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skills": skills,
                "data": data,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill import Skill  # noqa: PLC0415

        d = dict(src_dict)
        _skills = d.pop("skills")
        if not isinstance(_skills, list):
            raise FieldError("skills", "an array", _skills)
        skills = []
        for _skills_index, skills_item_data in enumerate(_skills):
            try:
                skills_item = nested("skills_item", Skill, skills_item_data)

            except PARSE_ERRORS as _skills_error:
                raise within(
                    ("skills", _skills_index), _skills_error, "skills_item"
                ) from _skills_error
            skills.append(skills_item)

        data = d.pop("data")

        user_id = d.pop("user_id", UNSET)
        if not isinstance(user_id, (int, Unset)) or user_id is True or user_id is False:
            raise FieldError("user_id", "an integer", user_id)

        username = d.pop("username", UNSET)
        if not isinstance(username, (str, Unset)):
            raise FieldError("username", "a string", username)

        reported_skill = cls(
            skills=skills,
            data=data,
            user_id=user_id,
            username=username,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        reported_skill.additional_properties = additional_properties
        return reported_skill

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
