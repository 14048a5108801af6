from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorFork")


@_attrs_define
class MentorFork:
    new_mentor_name: str
    destination_platform_key: str
    clone_documents: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_mentor_name = self.new_mentor_name

        destination_platform_key = self.destination_platform_key

        clone_documents = self.clone_documents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_mentor_name": new_mentor_name,
                "destination_platform_key": destination_platform_key,
            }
        )
        if clone_documents is not UNSET:
            field_dict["clone_documents"] = clone_documents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_mentor_name = d.pop("new_mentor_name")
        if not isinstance(new_mentor_name, str):
            raise FieldError("new_mentor_name", "a string", new_mentor_name)

        destination_platform_key = d.pop("destination_platform_key")
        if not isinstance(destination_platform_key, str):
            raise FieldError("destination_platform_key", "a string", destination_platform_key)

        clone_documents = d.pop("clone_documents", UNSET)
        if not isinstance(clone_documents, (bool, Unset)):
            raise FieldError("clone_documents", "a boolean", clone_documents)

        mentor_fork = cls(
            new_mentor_name=new_mentor_name,
            destination_platform_key=destination_platform_key,
            clone_documents=clone_documents,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_fork.additional_properties = additional_properties
        return mentor_fork

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
