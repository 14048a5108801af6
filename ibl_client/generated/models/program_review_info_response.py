from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="ProgramReviewInfoResponse")


@_attrs_define
class ProgramReviewInfoResponse:
    """Serializer for program review info response."""

    program_key: str
    """ The program key associated with the reviews """
    avg_rating: float | None
    """ Average rating of the program """
    count: int
    """ Total number of reviews for the program """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_key = self.program_key

        avg_rating: float | None
        avg_rating = self.avg_rating

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_key": program_key,
                "avg_rating": avg_rating,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        program_key = d.pop("program_key")
        if not isinstance(program_key, str):
            raise FieldError("program_key", "a string", program_key)

        def _parse_avg_rating(data: object) -> float | None:
            if data is None:
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("avg_rating", "a number or null", data)

        avg_rating = _parse_avg_rating(d.pop("avg_rating"))

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        program_review_info_response = cls(
            program_key=program_key,
            avg_rating=avg_rating,
            count=count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_review_info_response.additional_properties = additional_properties
        return program_review_info_response

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
