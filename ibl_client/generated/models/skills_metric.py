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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skills_metric_details_item import SkillsMetricDetailsItem


T = TypeVar("T", bound="SkillsMetric")


@_attrs_define
class SkillsMetric:
    """Serializer for skills metrics with breakdown."""

    reported: int
    desired: int
    assigned: int
    total: int
    details: list[SkillsMetricDetailsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reported = self.reported

        desired = self.desired

        assigned = self.assigned

        total = self.total

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reported": reported,
                "desired": desired,
                "assigned": assigned,
                "total": total,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skills_metric_details_item import SkillsMetricDetailsItem  # noqa: PLC0415

        d = dict(src_dict)
        reported = d.pop("reported")
        if not isinstance(reported, int) or reported is True or reported is False:
            raise FieldError("reported", "an integer", reported)

        desired = d.pop("desired")
        if not isinstance(desired, int) or desired is True or desired is False:
            raise FieldError("desired", "an integer", desired)

        assigned = d.pop("assigned")
        if not isinstance(assigned, int) or assigned is True or assigned is False:
            raise FieldError("assigned", "an integer", assigned)

        total = d.pop("total")
        if not isinstance(total, int) or total is True or total is False:
            raise FieldError("total", "an integer", total)

        _details = d.pop("details", UNSET)
        details: list[SkillsMetricDetailsItem] | Unset = UNSET
        if _details is not UNSET:
            if not isinstance(_details, list):
                raise FieldError("details", "an array", _details)
            details = []
            for _details_index, details_item_data in enumerate(_details):
                try:
                    details_item = nested(
                        "details_item", SkillsMetricDetailsItem, details_item_data
                    )

                except PARSE_ERRORS as _details_error:
                    raise within(
                        ("details", _details_index), _details_error, "details_item"
                    ) from _details_error
                details.append(details_item)

        skills_metric = cls(
            reported=reported,
            desired=desired,
            assigned=assigned,
            total=total,
            details=details,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        skills_metric.additional_properties = additional_properties
        return skills_metric

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
