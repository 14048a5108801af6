from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assertion import Assertion


T = TypeVar("T", bound="PaginatedAssertionsResponse")


@_attrs_define
class PaginatedAssertionsResponse:
    """{
    'next': self.get_next_link(),
    'previous': self.get_previous_link(),
    'count': self.page.paginator.count,
    'data': data,
    'num_pages': self.page.paginator.num_pages,
    'page_number': self.page.number,
    'max_page_size': self.max_page_size
    }

    """

    next_: str
    previous: str
    count: int
    num_pages: int
    page_number: int
    max_page_size: int
    data: list[Assertion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "next_": "next",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        previous = self.previous

        count = self.count

        num_pages = self.num_pages

        page_number = self.page_number

        max_page_size = self.max_page_size

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next": next_,
                "previous": previous,
                "count": count,
                "num_pages": num_pages,
                "page_number": page_number,
                "max_page_size": max_page_size,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assertion import Assertion  # noqa: PLC0415

        d = dict(src_dict)
        next_ = d.pop("next")
        if not isinstance(next_, str):
            raise TypeError(f"next: expected a string, got {type(next_).__name__}")

        previous = d.pop("previous")
        if not isinstance(previous, str):
            raise TypeError(f"previous: expected a string, got {type(previous).__name__}")

        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        num_pages = d.pop("num_pages")
        if not isinstance(num_pages, int) or num_pages is True or num_pages is False:
            raise TypeError(f"num_pages: expected an integer, got {type(num_pages).__name__}")

        page_number = d.pop("page_number")
        if not isinstance(page_number, int) or page_number is True or page_number is False:
            raise TypeError(f"page_number: expected an integer, got {type(page_number).__name__}")

        max_page_size = d.pop("max_page_size")
        if not isinstance(max_page_size, int) or max_page_size is True or max_page_size is False:
            raise TypeError(
                f"max_page_size: expected an integer, got {type(max_page_size).__name__}"
            )

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Assertion.from_dict(data_item_data)

            data.append(data_item)

        paginated_assertions_response = cls(
            next_=next_,
            previous=previous,
            count=count,
            num_pages=num_pages,
            page_number=page_number,
            max_page_size=max_page_size,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        paginated_assertions_response.additional_properties = additional_properties
        return paginated_assertions_response

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
