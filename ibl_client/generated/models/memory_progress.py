from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    within,
)

T = TypeVar("T", bound="MemoryProgress")


@_attrs_define
class MemoryProgress:
    memory_type: str
    all_units: int | None
    all_unit_names: list[str] | None
    current_unit: int | None
    current_unit_name: None | str
    item_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory_type = self.memory_type

        all_units: int | None
        all_units = self.all_units

        all_unit_names: list[str] | None
        if isinstance(self.all_unit_names, list):
            all_unit_names = self.all_unit_names

        else:
            all_unit_names = self.all_unit_names

        current_unit: int | None
        current_unit = self.current_unit

        current_unit_name: None | str
        current_unit_name = self.current_unit_name

        item_name: None | str
        item_name = self.item_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memory_type": memory_type,
                "all_units": all_units,
                "all_unit_names": all_unit_names,
                "current_unit": current_unit,
                "current_unit_name": current_unit_name,
                "item_name": item_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        memory_type = d.pop("memory_type")
        if not isinstance(memory_type, str):
            raise FieldError("memory_type", "a string", memory_type)

        def _parse_all_units(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("all_units", "an integer or null", data)

        all_units = _parse_all_units(d.pop("all_units"))

        def _parse_all_unit_names(data: object) -> list[str] | None:
            if data is None:
                return data
            error: FieldError | None = None
            if isinstance(data, list):
                try:
                    _all_unit_names_type_0 = data
                    if not isinstance(_all_unit_names_type_0, list):
                        raise FieldError(
                            "all_unit_names_type_0", "an array", _all_unit_names_type_0
                        )
                    all_unit_names_type_0 = []
                    for _all_unit_names_type_0_index, all_unit_names_type_0_item_data in enumerate(
                        _all_unit_names_type_0
                    ):
                        try:
                            all_unit_names_type_0_item = all_unit_names_type_0_item_data
                            if not isinstance(all_unit_names_type_0_item, str):
                                raise FieldError(
                                    "all_unit_names_type_0_item",
                                    "a string",
                                    all_unit_names_type_0_item,
                                )

                        except PARSE_ERRORS as _all_unit_names_type_0_error:
                            raise within(
                                ("all_unit_names_type_0", _all_unit_names_type_0_index),
                                _all_unit_names_type_0_error,
                                "all_unit_names_type_0_item",
                            ) from _all_unit_names_type_0_error
                        all_unit_names_type_0.append(all_unit_names_type_0_item)

                    return all_unit_names_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("all_unit_names", member_error, "all_unit_names_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("all_unit_names", "an array or null", data)

        all_unit_names = _parse_all_unit_names(d.pop("all_unit_names"))

        def _parse_current_unit(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("current_unit", "an integer or null", data)

        current_unit = _parse_current_unit(d.pop("current_unit"))

        def _parse_current_unit_name(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("current_unit_name", "a string or null", data)

        current_unit_name = _parse_current_unit_name(d.pop("current_unit_name"))

        def _parse_item_name(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("item_name", "a string or null", data)

        item_name = _parse_item_name(d.pop("item_name"))

        memory_progress = cls(
            memory_type=memory_type,
            all_units=all_units,
            all_unit_names=all_unit_names,
            current_unit=current_unit,
            current_unit_name=current_unit_name,
            item_name=item_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        memory_progress.additional_properties = additional_properties
        return memory_progress

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
