from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            raise TypeError(f"memory_type: expected a string, got {type(memory_type).__name__}")

        def _parse_all_units(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                all_units_type_0 = data
                if (
                    not isinstance(all_units_type_0, int)
                    or all_units_type_0 is True
                    or all_units_type_0 is False
                ):
                    raise TypeError(
                        f"all_units_type_0: expected an integer, got {type(all_units_type_0).__name__}"
                    )

                return all_units_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            all_units_type_1 = data

            return all_units_type_1

        all_units = _parse_all_units(d.pop("all_units"))

        def _parse_all_unit_names(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                all_unit_names_type_0 = []
                _all_unit_names_type_0 = data
                for all_unit_names_type_0_item_data in _all_unit_names_type_0:
                    all_unit_names_type_0_item = all_unit_names_type_0_item_data
                    if not isinstance(all_unit_names_type_0_item, str):
                        raise TypeError(
                            f"all_unit_names_type_0_item: expected a string, got {type(all_unit_names_type_0_item).__name__}"
                        )

                    all_unit_names_type_0.append(all_unit_names_type_0_item)

                return all_unit_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            all_unit_names_type_1 = data

            return all_unit_names_type_1

        all_unit_names = _parse_all_unit_names(d.pop("all_unit_names"))

        def _parse_current_unit(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                current_unit_type_0 = data
                if (
                    not isinstance(current_unit_type_0, int)
                    or current_unit_type_0 is True
                    or current_unit_type_0 is False
                ):
                    raise TypeError(
                        f"current_unit_type_0: expected an integer, got {type(current_unit_type_0).__name__}"
                    )

                return current_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            current_unit_type_1 = data

            return current_unit_type_1

        current_unit = _parse_current_unit(d.pop("current_unit"))

        def _parse_current_unit_name(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_unit_name_type_0 = data
                if not isinstance(current_unit_name_type_0, str):
                    raise TypeError(
                        f"current_unit_name_type_0: expected a string, got {type(current_unit_name_type_0).__name__}"
                    )

                return current_unit_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            current_unit_name_type_1 = data

            return current_unit_name_type_1

        current_unit_name = _parse_current_unit_name(d.pop("current_unit_name"))

        def _parse_item_name(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_name_type_0 = data
                if not isinstance(item_name_type_0, str):
                    raise TypeError(
                        f"item_name_type_0: expected a string, got {type(item_name_type_0).__name__}"
                    )

                return item_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            item_name_type_1 = data

            return item_name_type_1

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
