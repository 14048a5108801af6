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
    from ..models.request_data_variable import RequestDataVariable


T = TypeVar("T", bound="ReuestDataVariableList")


@_attrs_define
class ReuestDataVariableList:
    data_variables: list[RequestDataVariable]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_variables = []
        for data_variables_item_data in self.data_variables:
            data_variables_item = data_variables_item_data.to_dict()
            data_variables.append(data_variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_variables": data_variables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_data_variable import RequestDataVariable  # noqa: PLC0415

        d = dict(src_dict)
        _data_variables = d.pop("data_variables")
        if not isinstance(_data_variables, list):
            raise FieldError("data_variables", "an array", _data_variables)
        data_variables = []
        for _data_variables_index, data_variables_item_data in enumerate(_data_variables):
            try:
                data_variables_item = nested(
                    "data_variables_item", RequestDataVariable, data_variables_item_data
                )

            except PARSE_ERRORS as _data_variables_error:
                raise within(
                    ("data_variables", _data_variables_index),
                    _data_variables_error,
                    "data_variables_item",
                ) from _data_variables_error
            data_variables.append(data_variables_item)

        reuest_data_variable_list = cls(
            data_variables=data_variables,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        reuest_data_variable_list.additional_properties = additional_properties
        return reuest_data_variable_list

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
