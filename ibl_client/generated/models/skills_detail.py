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
    from ..models.skill import Skill


T = TypeVar("T", bound="SkillsDetail")


@_attrs_define
class SkillsDetail:
    desired: list[Skill]
    reported: list[Skill]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        desired = []
        for desired_item_data in self.desired:
            desired_item = desired_item_data.to_dict()
            desired.append(desired_item)

        reported = []
        for reported_item_data in self.reported:
            reported_item = reported_item_data.to_dict()
            reported.append(reported_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "desired": desired,
                "reported": reported,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill import Skill  # noqa: PLC0415

        d = dict(src_dict)
        _desired = d.pop("desired")
        if not isinstance(_desired, list):
            raise FieldError("desired", "an array", _desired)
        desired = []
        for _desired_index, desired_item_data in enumerate(_desired):
            try:
                desired_item = nested("desired_item", Skill, desired_item_data)

            except PARSE_ERRORS as _desired_error:
                raise within(
                    ("desired", _desired_index), _desired_error, "desired_item"
                ) from _desired_error
            desired.append(desired_item)

        _reported = d.pop("reported")
        if not isinstance(_reported, list):
            raise FieldError("reported", "an array", _reported)
        reported = []
        for _reported_index, reported_item_data in enumerate(_reported):
            try:
                reported_item = nested("reported_item", Skill, reported_item_data)

            except PARSE_ERRORS as _reported_error:
                raise within(
                    ("reported", _reported_index), _reported_error, "reported_item"
                ) from _reported_error
            reported.append(reported_item)

        skills_detail = cls(
            desired=desired,
            reported=reported,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        skills_detail.additional_properties = additional_properties
        return skills_detail

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
