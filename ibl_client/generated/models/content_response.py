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
    from ..models.content_item import ContentItem
    from ..models.content_pagination import ContentPagination
    from ..models.content_summary import ContentSummary


T = TypeVar("T", bound="ContentResponse")


@_attrs_define
class ContentResponse:
    """Serializer for the complete content API response."""

    metric: str
    """ The metric type (course, program, pathway, skill) """
    summary: ContentSummary
    """ Serializer for content summary data. """
    pagination: ContentPagination
    """ Serializer for content pagination metadata. """
    results: list[ContentItem]
    """ List of content items """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        summary = self.summary.to_dict()

        pagination = self.pagination.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "summary": summary,
                "pagination": pagination,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_item import ContentItem  # noqa: PLC0415
        from ..models.content_pagination import ContentPagination  # noqa: PLC0415
        from ..models.content_summary import ContentSummary  # noqa: PLC0415

        d = dict(src_dict)
        metric = d.pop("metric")
        if not isinstance(metric, str):
            raise FieldError("metric", "a string", metric)

        summary = nested("summary", ContentSummary, d.pop("summary"))

        pagination = nested("pagination", ContentPagination, d.pop("pagination"))

        _results = d.pop("results")
        if not isinstance(_results, list):
            raise FieldError("results", "an array", _results)
        results = []
        for _results_index, results_item_data in enumerate(_results):
            try:
                results_item = nested("results_item", ContentItem, results_item_data)

            except PARSE_ERRORS as _results_error:
                raise within(
                    ("results", _results_index), _results_error, "results_item"
                ) from _results_error
            results.append(results_item)

        content_response = cls(
            metric=metric,
            summary=summary,
            pagination=pagination,
            results=results,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        content_response.additional_properties = additional_properties
        return content_response

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
