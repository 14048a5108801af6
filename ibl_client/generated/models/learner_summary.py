from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="LearnerSummary")


@_attrs_define
class LearnerSummary:
    """Serializer for learner summary data across all platforms."""

    total_time_spent_seconds: int
    """ Total time spent across all platforms """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_time_spent_seconds = self.total_time_spent_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_time_spent_seconds": total_time_spent_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_time_spent_seconds = d.pop("total_time_spent_seconds")
        if (
            not isinstance(total_time_spent_seconds, int)
            or total_time_spent_seconds is True
            or total_time_spent_seconds is False
        ):
            raise FieldError("total_time_spent_seconds", "an integer", total_time_spent_seconds)

        learner_summary = cls(
            total_time_spent_seconds=total_time_spent_seconds,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        learner_summary.additional_properties = additional_properties
        return learner_summary

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
