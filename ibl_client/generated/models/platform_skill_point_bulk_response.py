from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="PlatformSkillPointBulkResponse")


@_attrs_define
class PlatformSkillPointBulkResponse:
    """Response serializer for PlatformSkillPointBulkManagementView POST endpoint."""

    successes: int
    """ Number of successful updates """
    total: int
    """ Total number of updates attempted """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successes = self.successes

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successes": successes,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        successes = d.pop("successes")
        if not isinstance(successes, int) or successes is True or successes is False:
            raise FieldError("successes", "an integer", successes)

        total = d.pop("total")
        if not isinstance(total, int) or total is True or total is False:
            raise FieldError("total", "an integer", total)

        platform_skill_point_bulk_response = cls(
            successes=successes,
            total=total,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        platform_skill_point_bulk_response.additional_properties = additional_properties
        return platform_skill_point_bulk_response

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
