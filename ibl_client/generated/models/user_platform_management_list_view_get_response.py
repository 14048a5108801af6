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
    from ..models.user_platform_management_list_view_get_response_data_item import (
        UserPlatformManagementListViewGetResponseDataItem,
    )
    from ..models.user_platform_management_list_view_get_response_results_item import (
        UserPlatformManagementListViewGetResponseResultsItem,
    )


T = TypeVar("T", bound="UserPlatformManagementListViewGetResponse")


@_attrs_define
class UserPlatformManagementListViewGetResponse:
    count: int
    next_page: int
    previous_page: int
    results: list[UserPlatformManagementListViewGetResponseResultsItem]
    allowed_policies: list[str] | Unset = UNSET
    data: list[UserPlatformManagementListViewGetResponseDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_page = self.next_page

        previous_page = self.previous_page

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        allowed_policies: list[str] | Unset = UNSET
        if not isinstance(self.allowed_policies, Unset):
            allowed_policies = self.allowed_policies

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next_page": next_page,
                "previous_page": previous_page,
                "results": results,
            }
        )
        if allowed_policies is not UNSET:
            field_dict["allowed_policies"] = allowed_policies
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_platform_management_list_view_get_response_data_item import (
            UserPlatformManagementListViewGetResponseDataItem,  # noqa: PLC0415
        )
        from ..models.user_platform_management_list_view_get_response_results_item import (
            UserPlatformManagementListViewGetResponseResultsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count")
        if not isinstance(count, int) or count is True or count is False:
            raise FieldError("count", "an integer", count)

        next_page = d.pop("next_page")
        if not isinstance(next_page, int) or next_page is True or next_page is False:
            raise FieldError("next_page", "an integer", next_page)

        previous_page = d.pop("previous_page")
        if not isinstance(previous_page, int) or previous_page is True or previous_page is False:
            raise FieldError("previous_page", "an integer", previous_page)

        _results = d.pop("results")
        if not isinstance(_results, list):
            raise FieldError("results", "an array", _results)
        results = []
        for _results_index, results_item_data in enumerate(_results):
            try:
                results_item = nested(
                    "results_item",
                    UserPlatformManagementListViewGetResponseResultsItem,
                    results_item_data,
                )

            except PARSE_ERRORS as _results_error:
                raise within(
                    ("results", _results_index), _results_error, "results_item"
                ) from _results_error
            results.append(results_item)

        _allowed_policies = d.pop("allowed_policies", UNSET)
        allowed_policies: list[str] | Unset = UNSET
        if _allowed_policies is not UNSET:
            if not isinstance(_allowed_policies, list):
                raise FieldError("allowed_policies", "an array", _allowed_policies)
            allowed_policies = []
            for _allowed_policies_index, allowed_policies_item_data in enumerate(_allowed_policies):
                try:
                    allowed_policies_item = allowed_policies_item_data
                    if not isinstance(allowed_policies_item, str):
                        raise FieldError("allowed_policies_item", "a string", allowed_policies_item)

                except PARSE_ERRORS as _allowed_policies_error:
                    raise within(
                        ("allowed_policies", _allowed_policies_index),
                        _allowed_policies_error,
                        "allowed_policies_item",
                    ) from _allowed_policies_error
                allowed_policies.append(allowed_policies_item)

        _data = d.pop("data", UNSET)
        data: list[UserPlatformManagementListViewGetResponseDataItem] | Unset = UNSET
        if _data is not UNSET:
            if not isinstance(_data, list):
                raise FieldError("data", "an array", _data)
            data = []
            for _data_index, data_item_data in enumerate(_data):
                try:
                    data_item = nested(
                        "data_item",
                        UserPlatformManagementListViewGetResponseDataItem,
                        data_item_data,
                    )

                except PARSE_ERRORS as _data_error:
                    raise within(("data", _data_index), _data_error, "data_item") from _data_error
                data.append(data_item)

        user_platform_management_list_view_get_response = cls(
            count=count,
            next_page=next_page,
            previous_page=previous_page,
            results=results,
            allowed_policies=allowed_policies,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_platform_management_list_view_get_response.additional_properties = (
            additional_properties
        )
        return user_platform_management_list_view_get_response

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
