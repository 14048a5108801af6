from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="PathwayCompletionResponse")


@_attrs_define
class PathwayCompletionResponse:
    """Response serializer for PathwayCompletionQueryView GET endpoint."""

    count: int
    """ Total number of items in the pathway """
    completion_percentage: float
    """ Overall completion percentage for the pathway (0.0 to 1.0) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        completion_percentage = self.completion_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "completion_percentage": completion_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        completion_percentage = d.pop("completion_percentage")
        if (
            not isinstance(completion_percentage, (int, float))
            or completion_percentage is True
            or completion_percentage is False
        ):
            raise FieldError("completion_percentage", "a number", completion_percentage)

        pathway_completion_response = cls(
            count=count,
            completion_percentage=completion_percentage,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pathway_completion_response.additional_properties = additional_properties
        return pathway_completion_response

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
