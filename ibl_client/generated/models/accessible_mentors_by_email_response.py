from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    PARSE_ERRORS,
    FieldError,
    parse_uuid,
    within,
)

T = TypeVar("T", bound="AccessibleMentorsByEmailResponse")


@_attrs_define
class AccessibleMentorsByEmailResponse:
    """Response serializer for accessible mentors by email."""

    mentors: list[UUID]
    """ List of mentor unique IDs """
    user_id: int | None
    """ The user ID that mentors belong to when all_mentors is False """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentors = []
        for mentors_item_data in self.mentors:
            mentors_item = str(mentors_item_data)
            mentors.append(mentors_item)

        user_id: int | None
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentors": mentors,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mentors = d.pop("mentors")
        if not isinstance(_mentors, list):
            raise FieldError("mentors", "an array", _mentors)
        mentors = []
        for _mentors_index, mentors_item_data in enumerate(_mentors):
            try:
                mentors_item = parse_uuid("mentors_item", mentors_item_data)

            except PARSE_ERRORS as _mentors_error:
                raise within(
                    ("mentors", _mentors_index), _mentors_error, "mentors_item"
                ) from _mentors_error
            mentors.append(mentors_item)

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            if isinstance(data, int) and not isinstance(data, bool):
                return data
            raise FieldError("user_id", "an integer or null", data)

        user_id = _parse_user_id(d.pop("user_id"))

        accessible_mentors_by_email_response = cls(
            mentors=mentors,
            user_id=user_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        accessible_mentors_by_email_response.additional_properties = additional_properties
        return accessible_mentors_by_email_response

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
