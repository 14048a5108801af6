from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessibleMentorsByEmailRequest")


@_attrs_define
class AccessibleMentorsByEmailRequest:
    """Request serializer for accessible mentors by email endpoint."""

    email: str | Unset = UNSET
    """ The user email to check mentor access for """
    all_mentors: bool | Unset = UNSET
    """ If true, return all mentors in the platform (ignoring email if present). If false (default), return only
    mentors owned by the user's email. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        all_mentors = self.all_mentors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if all_mentors is not UNSET:
            field_dict["all_mentors"] = all_mentors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            raise FieldError("email", "a string", email)

        all_mentors = d.pop("all_mentors", UNSET)
        if not isinstance(all_mentors, (bool, Unset)):
            raise FieldError("all_mentors", "a boolean", all_mentors)

        accessible_mentors_by_email_request = cls(
            email=email,
            all_mentors=all_mentors,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        accessible_mentors_by_email_request.additional_properties = additional_properties
        return accessible_mentors_by_email_request

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
