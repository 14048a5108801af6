from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            try:
                if not isinstance(data, (int, float)):
                    raise TypeError()
                rating_type_0 = data
                if (
                    not isinstance(rating_type_0, (int, float))
                    or rating_type_0 is True
                    or rating_type_0 is False
                ):
                    raise TypeError(
                        f"rating_type_0: expected a number, got {type(rating_type_0).__name__}"
                    )

                return rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            rating_type_1 = data

            return rating_type_1

        rating = _parse_rating(d.pop("rating"))

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                summary_type_0 = data
                if not isinstance(summary_type_0, str):
                    raise TypeError(
                        f"summary_type_0: expected a string, got {type(summary_type_0).__name__}"
                    )

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            summary_type_1 = data

            return summary_type_1

        summary = _parse_summary(d.pop("summary"))

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = tags_item_data
            if not isinstance(tags_item, str):
                raise TypeError(f"tags_item: expected a string, got {type(tags_item).__name__}")

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
