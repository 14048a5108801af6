from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_request_params import ReportRequestParams


T = TypeVar("T", bound="ReportRequest")


@_attrs_define
class ReportRequest:
    report_name: str | Unset = UNSET
    """ Report slug, this is passed when calling the create report endpoint """
    params: ReportRequestParams | Unset = UNSET
    """ Advanced report filtering. e,g: {'username': 'username1, username2' } """
    query: str | Unset = UNSET
    """ Advanced Query to run the report, supports SQL Like queries.
    e.g For date type filtering

    date_joined > '2021-01-01'
    See https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.query.html#pandas.DataFrame.query """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_name = self.report_name

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_name is not UNSET:
            field_dict["report_name"] = report_name
        if params is not UNSET:
            field_dict["params"] = params
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_request_params import ReportRequestParams  # noqa: PLC0415

        d = dict(src_dict)
        report_name = d.pop("report_name", UNSET)
        if not isinstance(report_name, (str, Unset)):
            raise FieldError("report_name", "a string", report_name)

        _params = d.pop("params", UNSET)
        params: ReportRequestParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = nested("params", ReportRequestParams, _params)

        query = d.pop("query", UNSET)
        if not isinstance(query, (str, Unset)):
            raise FieldError("query", "a string", query)

        report_request = cls(
            report_name=report_name,
            params=params,
            query=query,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        report_request.additional_properties = additional_properties
        return report_request

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
