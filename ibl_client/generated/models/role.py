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


T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    id: int
    name: None | str
    """ The display name of the role. """
    slug: None | str
    """ An additional unique slug field. """
    skills: list[Skill]
    data: Any
    """ Metadata """
    platform_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        slug: None | str
        slug = self.slug

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        data = self.data

        platform_key = self.platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "skills": skills,
                "data": data,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill import Skill  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("name", "a string or null", data)

        name = _parse_name(d.pop("name"))

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("slug", "a string or null", data)

        slug = _parse_slug(d.pop("slug"))

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

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise FieldError("platform_key", "a string", platform_key)

        role = cls(
            id=id,
            name=name,
            slug=slug,
            skills=skills,
            data=data,
            platform_key=platform_key,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        role.additional_properties = additional_properties
        return role

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
