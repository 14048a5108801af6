from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeDetailChild")


@_attrs_define
class TimeDetailChild:
    average_time: float
    """ Average time spent """
    display_name: str
    """ Subsection Display name """
    id: str
    """ Subsection HTML id """
    block_id: str
    """ Subsection block id """
    total_time: int | Unset = UNSET
    """ Total time spent """
    total_users: int | Unset = UNSET
    """ Total users who accessed the subsection """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_time = self.average_time

        display_name = self.display_name

        id = self.id

        block_id = self.block_id

        total_time = self.total_time

        total_users = self.total_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_time": average_time,
                "display_name": display_name,
                "id": id,
                "block_id": block_id,
            }
        )
        if total_time is not UNSET:
            field_dict["total_time"] = total_time
        if total_users is not UNSET:
            field_dict["total_users"] = total_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        block_id = d.pop("block_id")
        if not isinstance(block_id, str):
            raise FieldError("block_id", "a string", block_id)

        total_time = d.pop("total_time", UNSET)
        if not isinstance(total_time, (int, Unset)) or total_time is True or total_time is False:
            raise FieldError("total_time", "an integer", total_time)

        total_users = d.pop("total_users", UNSET)
        if not isinstance(total_users, (int, Unset)) or total_users is True or total_users is False:
            raise FieldError("total_users", "an integer", total_users)

        time_detail_child = cls(
            average_time=average_time,
            display_name=display_name,
            id=id,
            block_id=block_id,
            total_time=total_time,
            total_users=total_users,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        time_detail_child.additional_properties = additional_properties
        return time_detail_child

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
