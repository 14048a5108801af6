from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)

T = TypeVar("T", bound="AddMentorToDisclaimer")


@_attrs_define
class AddMentorToDisclaimer:
    """Serializer for adding a mentor to a disclaimer.

    This serializer validates the mentor_id input and provides proper schema documentation for the add_mentor action.

    """

    mentor_id: str
    """ The unique_id of the mentor to add to the disclaimer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor_id = self.mentor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor_id": mentor_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentor_id = d.pop("mentor_id")
        if not isinstance(mentor_id, str):
            raise FieldError("mentor_id", "a string", mentor_id)

        add_mentor_to_disclaimer = cls(
            mentor_id=mentor_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        add_mentor_to_disclaimer.additional_properties = additional_properties
        return add_mentor_to_disclaimer

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
