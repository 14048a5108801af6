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
    from ..models.mentor_audience import MentorAudience


T = TypeVar("T", bound="MentorCategory")


@_attrs_define
class MentorCategory:
    id: int
    name: str
    audience: MentorAudience
    audiences: list[MentorAudience]
    description: None | str | Unset = UNSET
    category_group: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        audience = self.audience.to_dict()

        audiences = []
        for audiences_item_data in self.audiences:
            audiences_item = audiences_item_data.to_dict()
            audiences.append(audiences_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        category_group: int | None | Unset
        if isinstance(self.category_group, Unset):
            category_group = UNSET
        else:
            category_group = self.category_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "audience": audience,
                "audiences": audiences,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if category_group is not UNSET:
            field_dict["category_group"] = category_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_audience import MentorAudience  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        audience = nested("audience", MentorAudience, d.pop("audience"))

        _audiences = d.pop("audiences")
        if not isinstance(_audiences, list):
            raise FieldError("audiences", "an array", _audiences)
        audiences = []
        for _audiences_index, audiences_item_data in enumerate(_audiences):
            try:
                audiences_item = nested("audiences_item", MentorAudience, audiences_item_data)

            except PARSE_ERRORS as _audiences_error:
                raise within(
                    ("audiences", _audiences_index), _audiences_error, "audiences_item"
                ) from _audiences_error
            audiences.append(audiences_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("description", "a string or null", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_category_group(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("category_group", "an integer or null", data)

        category_group = _parse_category_group(d.pop("category_group", UNSET))

        mentor_category = cls(
            id=id,
            name=name,
            audience=audience,
            audiences=audiences,
            description=description,
            category_group=category_group,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_category.additional_properties = additional_properties
        return mentor_category

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
