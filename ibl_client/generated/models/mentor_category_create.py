from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)
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
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        def _parse_category_group(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("category_group", "an integer or null", data)

        category_group = _parse_category_group(d.pop("category_group", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_audience(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("audience", "an integer or null", data)

        audience = _parse_audience(d.pop("audience", UNSET))

        _audiences = d.pop("audiences", UNSET)
        audiences: list[int] | Unset = UNSET
        if _audiences is not UNSET:
            if not isinstance(_audiences, list):
                raise FieldError("audiences", "an array", _audiences)
            audiences = []
            for _audiences_index, audiences_item_data in enumerate(_audiences):
                try:
                    audiences_item = audiences_item_data
                    if (
                        not isinstance(audiences_item, int)
                        or audiences_item is True
                        or audiences_item is False
                    ):
                        raise FieldError("audiences_item", "an integer", audiences_item)

                except PARSE_ERRORS as _audiences_error:
                    raise within(
                        ("audiences", _audiences_index), _audiences_error, "audiences_item"
                    ) from _audiences_error
                audiences.append(audiences_item)

        mentor_category_create = cls(
            id=id,
            name=name,
            category_group=category_group,
            description=description,
            audience=audience,
            audiences=audiences,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_category_create.additional_properties = additional_properties
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
