from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disclaimer import Disclaimer


T = TypeVar("T", bound="PaginatedDisclaimerList")


@_attrs_define
class PaginatedDisclaimerList:
    count: int
    results: list[Disclaimer]
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "next_": "next",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "results": results,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.disclaimer import Disclaimer  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Disclaimer.from_dict(results_item_data)

            results.append(results_item)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        previous = _parse_previous(d.pop("previous", UNSET))

        paginated_disclaimer_list = cls(
            count=count,
            results=results,
            next_=next_,
            previous=previous,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        paginated_disclaimer_list.additional_properties = additional_properties
        return paginated_disclaimer_list

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
