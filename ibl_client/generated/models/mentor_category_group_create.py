from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorCategoryGroupCreate")


@_attrs_define
class MentorCategoryGroupCreate:
    id: int
    name: str
    description: str
    date_created: datetime.datetime
    audience: int | None | Unset = UNSET
    """ Deprecated: This is only left for backward compatibility. Please use the audiences field instead. """
    audiences: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        date_created = self.date_created.isoformat()

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
                "description": description,
                "date_created": date_created,
            }
        )
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

        description = d.pop("description")

        date_created = datetime.datetime.fromisoformat(
            d.pop("date_created").replace("Z", "+00:00").replace("z", "+00:00")
        )

        def _parse_audience(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audience = _parse_audience(d.pop("audience", UNSET))

        audiences = cast(list[int], d.pop("audiences", UNSET))

        mentor_category_group_create = cls(
            id=id,
            name=name,
            description=description,
            date_created=date_created,
            audience=audience,
            audiences=audiences,
        )

        mentor_category_group_create.additional_properties = d
        return mentor_category_group_create

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
