from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="ResponseDataVariable")


@_attrs_define
class ResponseDataVariable:
    variable_name: str
    """ Variable Name """
    predicted_data: Any
    """ Predicted data """
    narrative: str
    """ Explanation of prediction """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_name = self.variable_name

        predicted_data = self.predicted_data

        narrative = self.narrative

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variable_name": variable_name,
                "predicted_data": predicted_data,
                "narrative": narrative,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variable_name = d.pop("variable_name")
        if not isinstance(variable_name, str):
            raise FieldError("variable_name", "a string", variable_name)

        predicted_data = d.pop("predicted_data")

        narrative = d.pop("narrative")
        if not isinstance(narrative, str):
            raise FieldError("narrative", "a string", narrative)

        response_data_variable = cls(
            variable_name=variable_name,
            predicted_data=predicted_data,
            narrative=narrative,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        response_data_variable.additional_properties = additional_properties
        return response_data_variable

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
