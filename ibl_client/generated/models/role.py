from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        def _parse_name(data: object) -> None | str:
            if data is None:
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

        name = _parse_name(d.pop("name"))

        def _parse_slug(data: object) -> None | str:
            if data is None:
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

        slug = _parse_slug(d.pop("slug"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = Skill.from_dict(skills_item_data)

            skills.append(skills_item)

        data = d.pop("data")

        platform_key = d.pop("platform_key", UNSET)
        if not isinstance(platform_key, (str, Unset)):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

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
