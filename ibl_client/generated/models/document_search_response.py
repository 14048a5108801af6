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
    from ..models.document import Document
    from ..models.document_search_response_facets import DocumentSearchResponseFacets


T = TypeVar("T", bound="DocumentSearchResponse")


@_attrs_define
class DocumentSearchResponse:
    """Response serializer for DocumentSearchView"""

    results: list[Document]
    """ List of documents matching the search criteria """
    count: int
    """ Total number of documents matching the search criteria """
    next_: None | str
    """ URL for the next page of results """
    previous: None | str
    """ URL for the previous page of results """
    current_page: int
    """ Current page number """
    total_pages: int
    """ Total number of pages """
    facets: DocumentSearchResponseFacets
    """ Facet information for filtering """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        count = self.count

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        current_page = self.current_page

        total_pages = self.total_pages

        facets = self.facets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "count": count,
                "next": next_,
                "previous": previous,
                "current_page": current_page,
                "total_pages": total_pages,
                "facets": facets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document import Document  # noqa: PLC0415
        from ..models.document_search_response_facets import DocumentSearchResponseFacets  # noqa: PLC0415

        d = dict(src_dict)
        _results = d.pop("results")
        if not isinstance(_results, list):
            raise FieldError("results", "an array", _results)
        results = []
        for _results_index, results_item_data in enumerate(_results):
            try:
                results_item = nested("results_item", Document, results_item_data)

            except PARSE_ERRORS as _results_error:
                raise within(
                    ("results", _results_index), _results_error, "results_item"
                ) from _results_error
            results.append(results_item)

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("next", "a string or null", data)

        next_ = _parse_next_(d.pop("next"))

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            if isinstance(data, str):
                return data
            raise FieldError("previous", "a string or null", data)

        previous = _parse_previous(d.pop("previous"))

        current_page = d.pop("current_page")
        if not isinstance(current_page, int) or current_page is True or current_page is False:
            raise FieldError("current_page", "an integer", current_page)

        total_pages = d.pop("total_pages")
        if not isinstance(total_pages, int) or total_pages is True or total_pages is False:
            raise FieldError("total_pages", "an integer", total_pages)

        facets = nested("facets", DocumentSearchResponseFacets, d.pop("facets"))

        document_search_response = cls(
            results=results,
            count=count,
            next_=next_,
            previous=previous,
            current_page=current_page,
            total_pages=total_pages,
            facets=facets,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        document_search_response.additional_properties = additional_properties
        return document_search_response

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
