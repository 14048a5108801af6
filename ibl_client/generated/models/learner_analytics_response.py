from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    parse_datetime,
    within,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learner_analytics_result import LearnerAnalyticsResult
    from ..models.learner_summary import LearnerSummary
    from ..models.overtime_data_point import OvertimeDataPoint
    from ..models.pagination import Pagination
    from ..models.user_info import UserInfo


T = TypeVar("T", bound="LearnerAnalyticsResponse")


@_attrs_define
class LearnerAnalyticsResponse:
    """Unified response serializer for learner analytics endpoint."""

    user: UserInfo
    """ Serializer for user information. """
    summary: LearnerSummary
    """ Serializer for learner summary data across all platforms. """
    results: list[LearnerAnalyticsResult]
    pagination: Pagination
    generated_at: datetime.datetime
    overtime: list[OvertimeDataPoint] | Unset = UNSET
    """ Time spent over time data (when overtime=true) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        summary = self.summary.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        pagination = self.pagination.to_dict()

        generated_at = self.generated_at.isoformat()

        overtime: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overtime, Unset):
            overtime = []
            for overtime_item_data in self.overtime:
                overtime_item = overtime_item_data.to_dict()
                overtime.append(overtime_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "summary": summary,
                "results": results,
                "pagination": pagination,
                "generated_at": generated_at,
            }
        )
        if overtime is not UNSET:
            field_dict["overtime"] = overtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.learner_analytics_result import LearnerAnalyticsResult  # noqa: PLC0415
        from ..models.learner_summary import LearnerSummary  # noqa: PLC0415
        from ..models.overtime_data_point import OvertimeDataPoint  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.user_info import UserInfo  # noqa: PLC0415

        d = dict(src_dict)
        user = nested("user", UserInfo, d.pop("user"))

        summary = nested("summary", LearnerSummary, d.pop("summary"))

        _results = d.pop("results")
        if not isinstance(_results, list):
            raise FieldError("results", "an array", _results)
        results = []
        for _results_index, results_item_data in enumerate(_results):
            try:
                results_item = nested("results_item", LearnerAnalyticsResult, results_item_data)

            except PARSE_ERRORS as _results_error:
                raise within(
                    ("results", _results_index), _results_error, "results_item"
                ) from _results_error
            results.append(results_item)

        pagination = nested("pagination", Pagination, d.pop("pagination"))

        generated_at = parse_datetime("generated_at", d.pop("generated_at"))

        _overtime = d.pop("overtime", UNSET)
        overtime: list[OvertimeDataPoint] | Unset = UNSET
        if _overtime is not UNSET:
            if not isinstance(_overtime, list):
                raise FieldError("overtime", "an array", _overtime)
            overtime = []
            for _overtime_index, overtime_item_data in enumerate(_overtime):
                try:
                    overtime_item = nested("overtime_item", OvertimeDataPoint, overtime_item_data)

                except PARSE_ERRORS as _overtime_error:
                    raise within(
                        ("overtime", _overtime_index), _overtime_error, "overtime_item"
                    ) from _overtime_error
                overtime.append(overtime_item)

        learner_analytics_response = cls(
            user=user,
            summary=summary,
            results=results,
            pagination=pagination,
            generated_at=generated_at,
            overtime=overtime,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        learner_analytics_response.additional_properties = additional_properties
        return learner_analytics_response

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
