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
    from ..models.assumed_knowledge_level import AssumedKnowledgeLevel


T = TypeVar("T", bound="AssumedKnowledge")


@_attrs_define
class AssumedKnowledge:
    levels: list[AssumedKnowledgeLevel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "levels": levels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assumed_knowledge_level import AssumedKnowledgeLevel  # noqa: PLC0415

        d = dict(src_dict)
        _levels = d.pop("levels")
        if not isinstance(_levels, list):
            raise FieldError("levels", "an array", _levels)
        levels = []
        for _levels_index, levels_item_data in enumerate(_levels):
            try:
                levels_item = nested("levels_item", AssumedKnowledgeLevel, levels_item_data)

            except PARSE_ERRORS as _levels_error:
                raise within(
                    ("levels", _levels_index), _levels_error, "levels_item"
                ) from _levels_error
            levels.append(levels_item)

        assumed_knowledge = cls(
            levels=levels,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        assumed_knowledge.additional_properties = additional_properties
        return assumed_knowledge

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
