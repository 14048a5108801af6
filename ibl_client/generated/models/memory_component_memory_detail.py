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

if TYPE_CHECKING:
    from ..models.memory_component_data import MemoryComponentData


T = TypeVar("T", bound="MemoryComponentMemoryDetail")


@_attrs_define
class MemoryComponentMemoryDetail:
    data: list[MemoryComponentData]
    catalog_item: str
    mentor_unique_id: str
    student: str
    inserted_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        catalog_item = self.catalog_item

        mentor_unique_id = self.mentor_unique_id

        student = self.student

        inserted_at = self.inserted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "catalog_item": catalog_item,
                "mentor_unique_id": mentor_unique_id,
                "student": student,
                "inserted_at": inserted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_component_data import MemoryComponentData  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data")
        if not isinstance(_data, list):
            raise FieldError("data", "an array", _data)
        data = []
        for _data_index, data_item_data in enumerate(_data):
            try:
                data_item = nested("data_item", MemoryComponentData, data_item_data)

            except PARSE_ERRORS as _data_error:
                raise within(("data", _data_index), _data_error, "data_item") from _data_error
            data.append(data_item)

        catalog_item = d.pop("catalog_item")
        if not isinstance(catalog_item, str):
            raise FieldError("catalog_item", "a string", catalog_item)

        mentor_unique_id = d.pop("mentor_unique_id")
        if not isinstance(mentor_unique_id, str):
            raise FieldError("mentor_unique_id", "a string", mentor_unique_id)

        student = d.pop("student")
        if not isinstance(student, str):
            raise FieldError("student", "a string", student)

        inserted_at = d.pop("inserted_at")
        if not isinstance(inserted_at, str):
            raise FieldError("inserted_at", "a string", inserted_at)

        memory_component_memory_detail = cls(
            data=data,
            catalog_item=catalog_item,
            mentor_unique_id=mentor_unique_id,
            student=student,
            inserted_at=inserted_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        memory_component_memory_detail.additional_properties = additional_properties
        return memory_component_memory_detail

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
