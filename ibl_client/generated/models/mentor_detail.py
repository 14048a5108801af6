from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"mentor_id: expected a string, got {type(mentor_id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        slug = d.pop("slug")
        if not isinstance(slug, str):
            raise TypeError(f"slug: expected a string, got {type(slug).__name__}")

        interactions = MentorInteractions.from_dict(d.pop("interactions"))

        def _parse_platform_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_key_type_0 = data
                if not isinstance(platform_key_type_0, str):
                    raise TypeError(
                        f"platform_key_type_0: expected a string, got {type(platform_key_type_0).__name__}"
                    )

                return platform_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            platform_key_type_1 = data

            return platform_key_type_1

        platform_key = _parse_platform_key(d.pop("platform_key", UNSET))

        _categories = d.pop("categories", UNSET)
        categories: list[str] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = categories_item_data
                if not isinstance(categories_item, str):
                    raise TypeError(
                        f"categories_item: expected a string, got {type(categories_item).__name__}"
                    )

                categories.append(categories_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[str] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = subjects_item_data
                if not isinstance(subjects_item, str):
                    raise TypeError(
                        f"subjects_item: expected a string, got {type(subjects_item).__name__}"
                    )

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
