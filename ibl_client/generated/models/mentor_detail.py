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
    from ..models.mentor_interactions import MentorInteractions


T = TypeVar("T", bound="MentorDetail")


@_attrs_define
class MentorDetail:
    mentor_id: str
    name: str
    slug: str
    interactions: MentorInteractions
    platform_key: None | str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    subjects: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor_id = self.mentor_id

        name = self.name

        slug = self.slug

        interactions = self.interactions.to_dict()

        platform_key: None | str | Unset
        if isinstance(self.platform_key, Unset):
            platform_key = UNSET
        else:
            platform_key = self.platform_key

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor_id": mentor_id,
                "name": name,
                "slug": slug,
                "interactions": interactions,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if categories is not UNSET:
            field_dict["categories"] = categories
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_interactions import MentorInteractions  # noqa: PLC0415

        d = dict(src_dict)
        mentor_id = d.pop("mentor_id")
        if not isinstance(mentor_id, str):
            raise FieldError("mentor_id", "a string", mentor_id)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        slug = d.pop("slug")
        if not isinstance(slug, str):
            raise FieldError("slug", "a string", slug)

        interactions = nested("interactions", MentorInteractions, d.pop("interactions"))

        def _parse_platform_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                return data
            raise FieldError("platform_key", "a string or null", data)

        platform_key = _parse_platform_key(d.pop("platform_key", UNSET))

        _categories = d.pop("categories", UNSET)
        categories: list[str] | Unset = UNSET
        if _categories is not UNSET:
            if not isinstance(_categories, list):
                raise FieldError("categories", "an array", _categories)
            categories = []
            for _categories_index, categories_item_data in enumerate(_categories):
                try:
                    categories_item = categories_item_data
                    if not isinstance(categories_item, str):
                        raise FieldError("categories_item", "a string", categories_item)

                except PARSE_ERRORS as _categories_error:
                    raise within(
                        ("categories", _categories_index), _categories_error, "categories_item"
                    ) from _categories_error
                categories.append(categories_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[str] | Unset = UNSET
        if _subjects is not UNSET:
            if not isinstance(_subjects, list):
                raise FieldError("subjects", "an array", _subjects)
            subjects = []
            for _subjects_index, subjects_item_data in enumerate(_subjects):
                try:
                    subjects_item = subjects_item_data
                    if not isinstance(subjects_item, str):
                        raise FieldError("subjects_item", "a string", subjects_item)

                except PARSE_ERRORS as _subjects_error:
                    raise within(
                        ("subjects", _subjects_index), _subjects_error, "subjects_item"
                    ) from _subjects_error
                subjects.append(subjects_item)

        mentor_detail = cls(
            mentor_id=mentor_id,
            name=name,
            slug=slug,
            interactions=interactions,
            platform_key=platform_key,
            categories=categories,
            subjects=subjects,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_detail.additional_properties = additional_properties
        return mentor_detail

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
