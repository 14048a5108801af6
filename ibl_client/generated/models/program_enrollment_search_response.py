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
    from ..models.program_enrollment_plus import ProgramEnrollmentPlus


T = TypeVar("T", bound="ProgramEnrollmentSearchResponse")


@_attrs_define
class ProgramEnrollmentSearchResponse:
    """Response serializer for ProgramEnrollmentSearchView GET endpoint."""

    results: list[ProgramEnrollmentPlus]
    """ List of program enrollments """
    count: int
    """ Total number of reviews """
    next_page: int | None
    """ Next page number """
    previous_page: int | None
    """ Previous page number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        count = self.count

        next_page: int | None
        next_page = self.next_page

        previous_page: int | None
        previous_page = self.previous_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "count": count,
                "next_page": next_page,
                "previous_page": previous_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_enrollment_plus import ProgramEnrollmentPlus  # noqa: PLC0415

        d = dict(src_dict)
        _results = d.pop("results")
        if not isinstance(_results, list):
            raise FieldError("results", "an array", _results)
        results = []
        for _results_index, results_item_data in enumerate(_results):
            try:
                results_item = nested("results_item", ProgramEnrollmentPlus, results_item_data)

            except PARSE_ERRORS as _results_error:
                raise within(
                    ("results", _results_index), _results_error, "results_item"
                ) from _results_error
            results.append(results_item)

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        def _parse_next_page(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("next_page", "an integer or null", data)

        next_page = _parse_next_page(d.pop("next_page"))

        def _parse_previous_page(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("previous_page", "an integer or null", data)

        previous_page = _parse_previous_page(d.pop("previous_page"))

        program_enrollment_search_response = cls(
            results=results,
            count=count,
            next_page=next_page,
            previous_page=previous_page,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        program_enrollment_search_response.additional_properties = additional_properties
        return program_enrollment_search_response

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
