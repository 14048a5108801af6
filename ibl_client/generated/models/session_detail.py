from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionDetail")


@_attrs_define
class SessionDetail:
    count: int
    previous: str
    next_: str
    results: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "next_": "next",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        previous = self.previous

        next_ = self.next_

        results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "previous": previous,
                "next": next_,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        previous = d.pop("previous")
        if not isinstance(previous, str):
            raise TypeError(f"previous: expected a string, got {type(previous).__name__}")

        next_ = d.pop("next")
        if not isinstance(next_, str):
            raise TypeError(f"next: expected a string, got {type(next_).__name__}")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = results_item_data
            if not isinstance(results_item, str):
                raise TypeError(
                    f"results_item: expected a string, got {type(results_item).__name__}"
                )

            results.append(results_item)

        session_detail = cls(
            count=count,
            previous=previous,
            next_=next_,
            results=results,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_detail.additional_properties = additional_properties
        return session_detail

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
