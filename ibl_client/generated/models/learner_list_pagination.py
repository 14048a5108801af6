from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="LearnerListPagination")


@_attrs_define
class LearnerListPagination:
    """Serializer for learner list pagination."""

    page: int
    """ Current page number """
    limit: int
    """ Records per page """
    total_pages: int
    """ Total number of pages """
    total_records: int
    """ Total number of records """
    has_next: bool
    """ Whether there is a next page """
    has_previous: bool
    """ Whether there is a previous page """
    next_page: int | None
    """ Next page number """
    previous_page: int | None
    """ Previous page number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        total_pages = self.total_pages

        total_records = self.total_records

        has_next = self.has_next

        has_previous = self.has_previous

        next_page: int | None
        next_page = self.next_page

        previous_page: int | None
        previous_page = self.previous_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "limit": limit,
                "total_pages": total_pages,
                "total_records": total_records,
                "has_next": has_next,
                "has_previous": has_previous,
                "next_page": next_page,
                "previous_page": previous_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page")
        if not isinstance(page, int) or page is True or page is False:
            raise FieldError("page", "an integer", page)

        limit = d.pop("limit")
        if not isinstance(limit, int) or limit is True or limit is False:
            raise FieldError("limit", "an integer", limit)

        total_pages = d.pop("total_pages")
        if not isinstance(total_pages, int) or total_pages is True or total_pages is False:
            raise FieldError("total_pages", "an integer", total_pages)

        total_records = d.pop("total_records")
        if not isinstance(total_records, int) or total_records is True or total_records is False:
            raise FieldError("total_records", "an integer", total_records)

        has_next = d.pop("has_next")
        if not isinstance(has_next, bool):
            raise FieldError("has_next", "a boolean", has_next)

        has_previous = d.pop("has_previous")
        if not isinstance(has_previous, bool):
            raise FieldError("has_previous", "a boolean", has_previous)

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

        learner_list_pagination = cls(
            page=page,
            limit=limit,
            total_pages=total_pages,
            total_records=total_records,
            has_next=has_next,
            has_previous=has_previous,
            next_page=next_page,
            previous_page=previous_page,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        learner_list_pagination.additional_properties = additional_properties
        return learner_list_pagination

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
