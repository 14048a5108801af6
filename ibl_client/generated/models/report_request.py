from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    deeper,
    parse_date,
    within,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRequest")


@_attrs_define
class ReportRequest:
    report_name: str | Unset = UNSET
    """ Report slug, this is passed when calling the create report endpoint """
    start_date: datetime.date | Unset = UNSET
    """ Start date for the report """
    end_date: datetime.date | Unset = UNSET
    """ End date for the report """
    mentor: str | Unset = UNSET
    """ Mentor ID for the report (Only for mentor reports) """
    course_id: str | Unset = UNSET
    """ Course ID for the report (Only for course reports) """
    usergroup_ids: list[int] | None | Unset = UNSET
    """ Optional list of usergroup IDs to filter results """
    source: str | Unset = UNSET
    """ Domain/host the report is being requested from (e.g. analytics.example.com) """
    query: str | Unset = UNSET
    """ Advanced Query to run the report, supports SQL Like queries. This runs against the final result after all
    filters are applied.

    e.g For date type filtering

    date_joined > '2021-01-01'
    See https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.query.html#pandas.DataFrame.query """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_name = self.report_name

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        mentor = self.mentor

        course_id = self.course_id

        usergroup_ids: list[int] | None | Unset
        if isinstance(self.usergroup_ids, Unset):
            usergroup_ids = UNSET
        elif isinstance(self.usergroup_ids, list):
            usergroup_ids = self.usergroup_ids

        else:
            usergroup_ids = self.usergroup_ids

        source = self.source

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_name is not UNSET:
            field_dict["report_name"] = report_name
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if usergroup_ids is not UNSET:
            field_dict["usergroup_ids"] = usergroup_ids
        if source is not UNSET:
            field_dict["source"] = source
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report_name = d.pop("report_name", UNSET)
        if not isinstance(report_name, (str, Unset)):
            raise FieldError("report_name", "a string", report_name)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_date("start_date", _start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = parse_date("end_date", _end_date)

        mentor = d.pop("mentor", UNSET)
        if not isinstance(mentor, (str, Unset)):
            raise FieldError("mentor", "a string", mentor)

        course_id = d.pop("course_id", UNSET)
        if not isinstance(course_id, (str, Unset)):
            raise FieldError("course_id", "a string", course_id)

        def _parse_usergroup_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            error: FieldError | None = None
            if isinstance(data, list):
                try:
                    _usergroup_ids_type_0 = data
                    if not isinstance(_usergroup_ids_type_0, list):
                        raise FieldError("usergroup_ids_type_0", "an array", _usergroup_ids_type_0)
                    usergroup_ids_type_0 = []
                    for _usergroup_ids_type_0_index, usergroup_ids_type_0_item_data in enumerate(
                        _usergroup_ids_type_0
                    ):
                        try:
                            usergroup_ids_type_0_item = usergroup_ids_type_0_item_data
                            if (
                                not isinstance(usergroup_ids_type_0_item, int)
                                or usergroup_ids_type_0_item is True
                                or usergroup_ids_type_0_item is False
                            ):
                                raise FieldError(
                                    "usergroup_ids_type_0_item",
                                    "an integer",
                                    usergroup_ids_type_0_item,
                                )

                        except PARSE_ERRORS as _usergroup_ids_type_0_error:
                            raise within(
                                ("usergroup_ids_type_0", _usergroup_ids_type_0_index),
                                _usergroup_ids_type_0_error,
                                "usergroup_ids_type_0_item",
                            ) from _usergroup_ids_type_0_error
                        usergroup_ids_type_0.append(usergroup_ids_type_0_item)

                    return usergroup_ids_type_0
                except PARSE_ERRORS as member_error:
                    error = deeper(
                        error, within("usergroup_ids", member_error, "usergroup_ids_type_0")
                    )
            if error is not None:
                raise error
            raise FieldError("usergroup_ids", "an array or null", data)

        usergroup_ids = _parse_usergroup_ids(d.pop("usergroup_ids", UNSET))

        source = d.pop("source", UNSET)
        if not isinstance(source, (str, Unset)):
            raise FieldError("source", "a string", source)

        query = d.pop("query", UNSET)
        if not isinstance(query, (str, Unset)):
            raise FieldError("query", "a string", query)

        report_request = cls(
            report_name=report_name,
            start_date=start_date,
            end_date=end_date,
            mentor=mentor,
            course_id=course_id,
            usergroup_ids=usergroup_ids,
            source=source,
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
