from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    within,
)

T = TypeVar("T", bound="MentorSummary")


@_attrs_define
class MentorSummary:
    rating: float | None
    summary: None | str
    tags: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating: float | None
        rating = self.rating

        summary: None | str
        summary = self.summary

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rating": rating,
                "summary": summary,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_rating(data: object) -> float | None:
            if data is None:
                return data
            if isinstance(data, (int, float)) and not isinstance(data, bool):
                return data
            raise FieldError("rating", "a number or null", data)

        rating = _parse_rating(d.pop("rating"))

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("summary", "a string or null", data)

        summary = _parse_summary(d.pop("summary"))

        _tags = d.pop("tags")
        if not isinstance(_tags, list):
            raise FieldError("tags", "an array", _tags)
        tags = []
        for _tags_index, tags_item_data in enumerate(_tags):
            try:
                tags_item = tags_item_data
                if not isinstance(tags_item, str):
                    raise FieldError("tags_item", "a string", tags_item)

            except PARSE_ERRORS as _tags_error:
                raise within(("tags", _tags_index), _tags_error, "tags_item") from _tags_error
            tags.append(tags_item)

        mentor_summary = cls(
            rating=rating,
            summary=summary,
            tags=tags,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_summary.additional_properties = additional_properties
        return mentor_summary

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
