from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
)
from ..models.human_support_ticket_status_enum import (
    HumanSupportTicketStatusEnum,
    check_human_support_ticket_status_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedHumanSupportTicketRequest")


@_attrs_define
class PatchedHumanSupportTicketRequest:
    """serializer interface intended for students/ non-admin users. This limits students to only update the subject and
    description of a ticket.

    """

    subject: str | Unset = UNSET
    description: str | Unset = UNSET
    status: HumanSupportTicketStatusEnum | Unset = UNSET
    """ * `open` - Open
    * `in_progress` - In Progress
    * `closed` - Closed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject", UNSET)
        if not isinstance(subject, (str, Unset)):
            raise FieldError("subject", "a string", subject)

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise FieldError("description", "a string", description)

        _status = d.pop("status", UNSET)
        status: HumanSupportTicketStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_human_support_ticket_status_enum(_status, "status")

        patched_human_support_ticket_request = cls(
            subject=subject,
            description=description,
            status=status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        patched_human_support_ticket_request.additional_properties = additional_properties
        return patched_human_support_ticket_request

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
