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
    from ..models.active_users_data import ActiveUsersData
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ActiveUsersList")


@_attrs_define
class ActiveUsersList:
    pagination: Pagination
    data: list[ActiveUsersData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

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
                "pagination": pagination,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_users_data import ActiveUsersData  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        pagination = nested("pagination", Pagination, d.pop("pagination"))

        _data = d.pop("data", UNSET)
        data: list[ActiveUsersData] | Unset = UNSET
        if _data is not UNSET:
            if not isinstance(_data, list):
                raise FieldError("data", "an array", _data)
            data = []
            for _data_index, data_item_data in enumerate(_data):
                try:
                    data_item = nested("data_item", ActiveUsersData, data_item_data)

                except PARSE_ERRORS as _data_error:
                    raise within(("data", _data_index), _data_error, "data_item") from _data_error
                data.append(data_item)

        active_users_list = cls(
            pagination=pagination,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        active_users_list.additional_properties = additional_properties
        return active_users_list

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
