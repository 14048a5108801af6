from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="CourseReviewInfoResponse")


@_attrs_define
class CourseReviewInfoResponse:
    """Serializer for course review info response."""

    course_id: str
    """ The course ID associated with the reviews """
    avg_rating: float | None
    """ Average rating of the course """
    count: int
    """ Total number of reviews for the course """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        avg_rating: float | None
        avg_rating = self.avg_rating

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "avg_rating": avg_rating,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")
        if not isinstance(course_id, str):
            raise FieldError("course_id", "a string", course_id)

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

        course_review_info_response = cls(
            course_id=course_id,
            avg_rating=avg_rating,
            count=count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_review_info_response.additional_properties = additional_properties
        return course_review_info_response

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
