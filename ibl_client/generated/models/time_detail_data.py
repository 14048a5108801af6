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
    from ..models.time_detail_child import TimeDetailChild


T = TypeVar("T", bound="TimeDetailData")


@_attrs_define
class TimeDetailData:
    average_time: float
    """ Average time spent """
    display_name: str
    """ Chapter name """
    id: str
    """ Chapter Id """
    children: list[TimeDetailChild] | Unset = UNSET
    total_time: int | Unset = UNSET
    """ Total time spent """
    total_users: int | Unset = UNSET
    """ Total users who accessed the chapter """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_time = self.average_time

        display_name = self.display_name

        id = self.id

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        total_time = self.total_time

        total_users = self.total_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_time": average_time,
                "display_name": display_name,
                "id": id,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children
        if total_time is not UNSET:
            field_dict["total_time"] = total_time
        if total_users is not UNSET:
            field_dict["total_users"] = total_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_detail_child import TimeDetailChild  # noqa: PLC0415

        d = dict(src_dict)
        average_time = d.pop("average_time")
        if (
            not isinstance(average_time, (int, float))
            or average_time is True
            or average_time is False
        ):
            raise FieldError("average_time", "a number", average_time)

        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        id = d.pop("id")
        if not isinstance(id, str):
            raise FieldError("id", "a string", id)

        _children = d.pop("children", UNSET)
        children: list[TimeDetailChild] | Unset = UNSET
        if _children is not UNSET:
            if not isinstance(_children, list):
                raise FieldError("children", "an array", _children)
            children = []
            for _children_index, children_item_data in enumerate(_children):
                try:
                    children_item = nested("children_item", TimeDetailChild, children_item_data)

                except PARSE_ERRORS as _children_error:
                    raise within(
                        ("children", _children_index), _children_error, "children_item"
                    ) from _children_error
                children.append(children_item)

        total_time = d.pop("total_time", UNSET)
        if not isinstance(total_time, (int, Unset)) or total_time is True or total_time is False:
            raise FieldError("total_time", "an integer", total_time)

        total_users = d.pop("total_users", UNSET)
        if not isinstance(total_users, (int, Unset)) or total_users is True or total_users is False:
            raise FieldError("total_users", "an integer", total_users)

        time_detail_data = cls(
            average_time=average_time,
            display_name=display_name,
            id=id,
            children=children,
            total_time=total_time,
            total_users=total_users,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        time_detail_data.additional_properties = additional_properties
        return time_detail_data

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
