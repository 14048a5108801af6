from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorCategoryCreate")


@_attrs_define
class MentorCategoryCreate:
    id: int
    name: str
    category_group: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    audience: int | None | Unset = UNSET
    """ Deprecated: This is only left for backward compatibility. Please use the audiences field instead. """
    audiences: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        category_group: int | None | Unset
        if isinstance(self.category_group, Unset):
            category_group = UNSET
        else:
            category_group = self.category_group

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        audience: int | None | Unset
        if isinstance(self.audience, Unset):
            audience = UNSET
        else:
            audience = self.audience

        audiences: list[int] | Unset = UNSET
        if not isinstance(self.audiences, Unset):
            audiences = self.audiences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if category_group is not UNSET:
            field_dict["category_group"] = category_group
        if description is not UNSET:
            field_dict["description"] = description
        if audience is not UNSET:
            field_dict["audience"] = audience
        if audiences is not UNSET:
            field_dict["audiences"] = audiences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_category_group(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_group = _parse_category_group(d.pop("category_group", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_audience(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audience = _parse_audience(d.pop("audience", UNSET))

        audiences = cast(list[int], d.pop("audiences", UNSET))

        mentor_category_create = cls(
            id=id,
            name=name,
            category_group=category_group,
            description=description,
            audience=audience,
            audiences=audiences,
        )

        mentor_category_create.additional_properties = d
        return mentor_category_create

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
