from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    parse_uuid,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCatalogItemMemoryViewRequest")


@_attrs_define
class UserCatalogItemMemoryViewRequest:
    student: None | str
    """ edX username """
    platform: str
    """ The platform key """
    catalog_item: UUID | Unset = UNSET
    lessons: Any | Unset = UNSET
    next_steps: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        student: None | str
        student = self.student

        platform = self.platform

        catalog_item: str | Unset = UNSET
        if not isinstance(self.catalog_item, Unset):
            catalog_item = str(self.catalog_item)

        lessons = self.lessons

        next_steps = self.next_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "student": student,
                "platform": platform,
            }
        )
        if catalog_item is not UNSET:
            field_dict["catalog_item"] = catalog_item
        if lessons is not UNSET:
            field_dict["lessons"] = lessons
        if next_steps is not UNSET:
            field_dict["next_steps"] = next_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_student(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("student", "a string or null", data)

        student = _parse_student(d.pop("student"))

        platform = d.pop("platform")
        if not isinstance(platform, str):
            raise FieldError("platform", "a string", platform)

        _catalog_item = d.pop("catalog_item", UNSET)
        catalog_item: UUID | Unset
        if isinstance(_catalog_item, Unset):
            catalog_item = UNSET
        else:
            catalog_item = parse_uuid("catalog_item", _catalog_item)

        lessons = d.pop("lessons", UNSET)

        next_steps = d.pop("next_steps", UNSET)

        user_catalog_item_memory_view_request = cls(
            student=student,
            platform=platform,
            catalog_item=catalog_item,
            lessons=lessons,
            next_steps=next_steps,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_catalog_item_memory_view_request.additional_properties = additional_properties
        return user_catalog_item_memory_view_request

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
