from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoBlock")


@_attrs_define
class VideoBlock:
    display_name: str
    """ Video name """
    id: str
    """ Video Id """
    total_users: int | Unset = UNSET
    """ Total users who have watched the video """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        total_users = self.total_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
            }
        )
        if total_users is not UNSET:
            field_dict["total_users"] = total_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")
        if not isinstance(display_name, str):
            raise FieldError("display_name", "a string", display_name)

        id = d.pop("id")
        if not isinstance(id, str):
            raise FieldError("id", "a string", id)

        total_users = d.pop("total_users", UNSET)
        if not isinstance(total_users, (int, Unset)) or total_users is True or total_users is False:
            raise FieldError("total_users", "an integer", total_users)

        video_block = cls(
            display_name=display_name,
            id=id,
            total_users=total_users,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        video_block.additional_properties = additional_properties
        return video_block

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
