from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorMemorySettingsResponse")


@_attrs_define
class MentorMemorySettingsResponse:
    item_type: None | str
    item_identifier: None | str
    learner_advance_correct_rate: float | None | Unset = UNSET
    learner_advance_question_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type: None | str
        item_type = self.item_type

        item_identifier: None | str
        item_identifier = self.item_identifier

        learner_advance_correct_rate: float | None | Unset
        if isinstance(self.learner_advance_correct_rate, Unset):
            learner_advance_correct_rate = UNSET
        else:
            learner_advance_correct_rate = self.learner_advance_correct_rate

        learner_advance_question_count: int | None | Unset
        if isinstance(self.learner_advance_question_count, Unset):
            learner_advance_question_count = UNSET
        else:
            learner_advance_question_count = self.learner_advance_question_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_type": item_type,
                "item_identifier": item_identifier,
            }
        )
        if learner_advance_correct_rate is not UNSET:
            field_dict["learner_advance_correct_rate"] = learner_advance_correct_rate
        if learner_advance_question_count is not UNSET:
            field_dict["learner_advance_question_count"] = learner_advance_question_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_item_type(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("item_type", "a string or null", data)

        item_type = _parse_item_type(d.pop("item_type"))

        def _parse_item_identifier(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("item_identifier", "a string or null", data)

        item_identifier = _parse_item_identifier(d.pop("item_identifier"))

        def _parse_learner_advance_correct_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("learner_advance_correct_rate", "a number or null", data)

        learner_advance_correct_rate = _parse_learner_advance_correct_rate(
            d.pop("learner_advance_correct_rate", UNSET)
        )

        def _parse_learner_advance_question_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("learner_advance_question_count", "an integer or null", data)

        learner_advance_question_count = _parse_learner_advance_question_count(
            d.pop("learner_advance_question_count", UNSET)
        )

        mentor_memory_settings_response = cls(
            item_type=item_type,
            item_identifier=item_identifier,
            learner_advance_correct_rate=learner_advance_correct_rate,
            learner_advance_question_count=learner_advance_question_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_memory_settings_response.additional_properties = additional_properties
        return mentor_memory_settings_response

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
