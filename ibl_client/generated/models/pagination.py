from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    total_items: int
    """ Total records """
    current_page: int
    """ Current Page """
    per_page: int
    """ Size of data returned per page """
    total_pages: int
    """ Amount of pages """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "total_items": "totalItems",
        "current_page": "currentPage",
        "per_page": "perPage",
        "total_pages": "totalPages",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        current_page = self.current_page

        per_page = self.per_page

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalItems": total_items,
                "currentPage": current_page,
                "perPage": per_page,
                "totalPages": total_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_items = d.pop("totalItems")
        if not isinstance(total_items, int) or total_items is True or total_items is False:
            raise TypeError(f"totalItems: expected an integer, got {type(total_items).__name__}")

        current_page = d.pop("currentPage")
        if not isinstance(current_page, int) or current_page is True or current_page is False:
            raise TypeError(f"currentPage: expected an integer, got {type(current_page).__name__}")

        per_page = d.pop("perPage")
        if not isinstance(per_page, int) or per_page is True or per_page is False:
            raise TypeError(f"perPage: expected an integer, got {type(per_page).__name__}")

        total_pages = d.pop("totalPages")
        if not isinstance(total_pages, int) or total_pages is True or total_pages is False:
            raise TypeError(f"totalPages: expected an integer, got {type(total_pages).__name__}")

        pagination = cls(
            total_items=total_items,
            current_page=current_page,
            per_page=per_page,
            total_pages=total_pages,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pagination.additional_properties = additional_properties
        return pagination

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
