from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_review_paginated_response_results_item import (
        CourseReviewPaginatedResponseResultsItem,
    )


T = TypeVar("T", bound="CourseReviewPaginatedResponse")


@_attrs_define
class CourseReviewPaginatedResponse:
    """Paginated response serializer for CourseReviewQueryView GET endpoint."""

    count: int
    """ Total number of reviews """
    next_page: int | None
    """ Next page number """
    previous_page: int | None
    """ Previous page number """
    results: list[CourseReviewPaginatedResponseResultsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_page: int | None
        next_page = self.next_page

        previous_page: int | None
        previous_page = self.previous_page

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next_page": next_page,
                "previous_page": previous_page,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_review_paginated_response_results_item import (
            CourseReviewPaginatedResponseResultsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        def _parse_next_page(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                next_page_type_0 = data
                if (
                    not isinstance(next_page_type_0, int)
                    or next_page_type_0 is True
                    or next_page_type_0 is False
                ):
                    raise TypeError(
                        f"next_page_type_0: expected an integer, got {type(next_page_type_0).__name__}"
                    )

                return next_page_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            next_page_type_1 = data

            return next_page_type_1

        next_page = _parse_next_page(d.pop("next_page"))

        def _parse_previous_page(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                previous_page_type_0 = data
                if (
                    not isinstance(previous_page_type_0, int)
                    or previous_page_type_0 is True
                    or previous_page_type_0 is False
                ):
                    raise TypeError(
                        f"previous_page_type_0: expected an integer, got {type(previous_page_type_0).__name__}"
                    )

                return previous_page_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            previous_page_type_1 = data

            return previous_page_type_1

        previous_page = _parse_previous_page(d.pop("previous_page"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CourseReviewPaginatedResponseResultsItem.from_dict(results_item_data)

            results.append(results_item)

        course_review_paginated_response = cls(
            count=count,
            next_page=next_page,
            previous_page=previous_page,
            results=results,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        course_review_paginated_response.additional_properties = additional_properties
        return course_review_paginated_response

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
