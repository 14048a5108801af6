from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "next_": "next",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

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
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Document.from_dict(results_item_data)

            results.append(results_item)

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_type_0 = data
                if not isinstance(next_type_0, str):
                    raise TypeError(
                        f"next_type_0: expected a string, got {type(next_type_0).__name__}"
                    )

                return next_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            next_type_1 = data

            return next_type_1

        next_ = _parse_next_(d.pop("next"))

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_type_0 = data
                if not isinstance(previous_type_0, str):
                    raise TypeError(
                        f"previous_type_0: expected a string, got {type(previous_type_0).__name__}"
                    )

                return previous_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            previous_type_1 = data

            return previous_type_1

        previous = _parse_previous(d.pop("previous"))

        current_page = d.pop("current_page")
        if not isinstance(current_page, int) or current_page is True or current_page is False:
            raise TypeError(f"current_page: expected an integer, got {type(current_page).__name__}")

        total_pages = d.pop("total_pages")
        if not isinstance(total_pages, int) or total_pages is True or total_pages is False:
            raise TypeError(f"total_pages: expected an integer, got {type(total_pages).__name__}")

        facets = DocumentSearchResponseFacets.from_dict(d.pop("facets"))

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
