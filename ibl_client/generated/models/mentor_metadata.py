from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorMetadata")


@_attrs_define
class MentorMetadata:
    metadata: Any
    mentor: str | Unset = UNSET
    mentor_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata

        mentor = self.mentor

        mentor_id = self.mentor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if mentor_id is not UNSET:
            field_dict["mentor_id"] = mentor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = d.pop("metadata")

        mentor = d.pop("mentor", UNSET)
        if not isinstance(mentor, (str, Unset)):
            raise FieldError("mentor", "a string", mentor)

        mentor_id = d.pop("mentor_id", UNSET)
        if not isinstance(mentor_id, (int, Unset)) or mentor_id is True or mentor_id is False:
            raise FieldError("mentor_id", "an integer", mentor_id)

        mentor_metadata = cls(
            metadata=metadata,
            mentor=mentor,
            mentor_id=mentor_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mentor_metadata.additional_properties = additional_properties
        return mentor_metadata

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
