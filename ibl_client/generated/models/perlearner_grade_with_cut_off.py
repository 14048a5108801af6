from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.perlearner_grade_with_cut_off_data import PerlearnerGradeWithCutOffData


T = TypeVar("T", bound="PerlearnerGradeWithCutOff")


@_attrs_define
class PerlearnerGradeWithCutOff:
    data: PerlearnerGradeWithCutOffData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.perlearner_grade_with_cut_off_data import PerlearnerGradeWithCutOffData  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: PerlearnerGradeWithCutOffData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = nested("data", PerlearnerGradeWithCutOffData, _data)

        perlearner_grade_with_cut_off = cls(
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        perlearner_grade_with_cut_off.additional_properties = additional_properties
        return perlearner_grade_with_cut_off

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
