from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    within,
)

if TYPE_CHECKING:
    from ..models.mentor_audience import MentorAudience
    from ..models.mentor_category import MentorCategory


T = TypeVar("T", bound="MentorCategoryGroup")


@_attrs_define
class MentorCategoryGroup:
    id: int
    name: str
    description: str
    audience: MentorAudience
    date_created: datetime.datetime
    categories: list[MentorCategory]
    audiences: list[MentorAudience]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        audience = self.audience.to_dict()

        date_created = self.date_created.isoformat()

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        audiences = []
        for audiences_item_data in self.audiences:
            audiences_item = audiences_item_data.to_dict()
            audiences.append(audiences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "audience": audience,
                "date_created": date_created,
                "categories": categories,
                "audiences": audiences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_audience import MentorAudience  # noqa: PLC0415
        from ..models.mentor_category import MentorCategory  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int) or id is True or id is False:
            raise FieldError("id", "an integer", id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        description = d.pop("description")
        if not isinstance(description, str):
            raise FieldError("description", "a string", description)

        audience = nested("audience", MentorAudience, d.pop("audience"))

        date_created = parse_datetime("date_created", d.pop("date_created"))

        _categories = d.pop("categories")
        if not isinstance(_categories, list):
            raise FieldError("categories", "an array", _categories)
        categories = []
        for _categories_index, categories_item_data in enumerate(_categories):
            try:
                categories_item = nested("categories_item", MentorCategory, categories_item_data)

            except PARSE_ERRORS as _categories_error:
                raise within(
                    ("categories", _categories_index), _categories_error, "categories_item"
                ) from _categories_error
            categories.append(categories_item)

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

        mentor_category_group = cls(
            id=id,
            name=name,
            description=description,
            audience=audience,
            date_created=date_created,
            categories=categories,
            audiences=audiences,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_category_group.additional_properties = additional_properties
        return mentor_category_group

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
