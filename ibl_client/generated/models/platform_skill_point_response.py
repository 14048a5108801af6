from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.platform_skill_point_response_results_item import (
        PlatformSkillPointResponseResultsItem,
    )


T = TypeVar("T", bound="PlatformSkillPointResponse")


@_attrs_define
class PlatformSkillPointResponse:
    """Response serializer for PlatformSkillPointManagementView GET endpoint."""

    results: list[PlatformSkillPointResponseResultsItem]
    """ List of platform skill point entries """
    count: int
    """ Total number of results """
    next_page: None | str
    """ URL for next page of results """
    previous_page: None | str
    """ URL for previous page of results """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        count = self.count

        next_page: None | str
        next_page = self.next_page

        previous_page: None | str
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
        from ..models.platform_skill_point_response_results_item import (
            PlatformSkillPointResponseResultsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = PlatformSkillPointResponseResultsItem.from_dict(results_item_data)

            results.append(results_item)

        count = d.pop("count")

        def _parse_next_page(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page = _parse_next_page(d.pop("next_page"))

        def _parse_previous_page(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_page = _parse_previous_page(d.pop("previous_page"))

        platform_skill_point_response = cls(
            results=results,
            count=count,
            next_page=next_page,
            previous_page=previous_page,
        )

        platform_skill_point_response.additional_properties = d
        return platform_skill_point_response

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
